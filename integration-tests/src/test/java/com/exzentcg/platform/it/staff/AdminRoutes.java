package com.exzentcg.platform.it.staff;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every HTTP route the web module declares, found by reflection over its classes (the
 * {@code web-module-classes} jar), so a route added tomorrow is covered without editing a test.
 */
final class AdminRoutes {

    static final String ROOT_PACKAGE = "com.exzentcg.platform";
    /** A class the web module is sure to contain: locates the jar (or folder) to scan. */
    private static final String ANCHOR = "com.exzentcg.platform.platform.rest.PlatformApi";

    record Route(String method, String template, boolean permitAll, String declaredBy) {
        /** The template with every {param} (or {param: regex}) replaced by a dummy value. */
        String samplePath() {
            return template.replaceAll("\\{[^}]+}", "it_dummy_1");
        }

        boolean isAdmin() {
            return template.equals("/admin") || template.startsWith("/admin/");
        }

        @Override
        public String toString() {
            return method + " " + template + " (" + declaredBy + ")";
        }
    }

    private AdminRoutes() {
    }

    static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : webModuleClasses()) {
            Path root = type.getAnnotation(Path.class);
            if (root != null) {
                collect(type, "/" + root.value(), routes, 0);
            }
        }
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return routes;
    }

    private static void collect(Class<?> type, String prefix, List<Route> routes, int depth) {
        for (Method m : type.getMethods()) {
            Path sub = m.getAnnotation(Path.class);
            String template = normalise(prefix + (sub == null ? "" : "/" + sub.value()));
            String verb = httpMethod(m);
            if (verb != null) {
                routes.add(new Route(verb, template, m.isAnnotationPresent(PermitAll.class),
                        type.getSimpleName() + "." + m.getName()));
            } else if (sub != null && depth < 5) {
                // A sub-resource locator: its routes are those of the type it returns.
                collect(m.getReturnType(), template, routes, depth + 1);
            }
        }
    }

    private static String httpMethod(Method m) {
        return Stream.of(m.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull)
                .map(HttpMethod::value)
                .findFirst().orElse(null);
    }

    private static String normalise(String path) {
        String p = path.replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static List<Class<?>> webModuleClasses() {
        try {
            Class<?> anchor = Class.forName(ANCHOR);
            File location = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
            List<String> names = new ArrayList<>();
            if (location.isDirectory()) {
                try (Stream<java.nio.file.Path> files = Files.walk(location.toPath())) {
                    files.filter(f -> f.toString().endsWith(".class"))
                            .forEach(f -> names.add(location.toPath().relativize(f).toString()));
                }
            } else {
                try (JarFile jar = new JarFile(location)) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(names::add);
                }
            }
            List<Class<?>> classes = new ArrayList<>();
            for (String name : names) {
                String className = name.replace(File.separatorChar, '.').replace('/', '.')
                        .replaceAll("\\.class$", "");
                if (className.startsWith(ROOT_PACKAGE + ".") && !className.contains("$")
                        && !className.endsWith("package-info")) {
                    classes.add(Class.forName(className, false, AdminRoutes.class.getClassLoader()));
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("Cannot scan the web module's classes", e);
        }
    }
}
