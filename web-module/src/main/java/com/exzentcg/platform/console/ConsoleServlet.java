package com.exzentcg.platform.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Serves the console's built files from the WAR's {@code app/} folder. JAX-RS owns {@code /*}, so
 * the console needs its own (longer, hence winning) mapping. Any path that is not a file is one of
 * the app's own routes ({@code /app/orders/ord_…}, the OAuth return page) and gets {@code index.html},
 * so deep links and reloads work.
 */
@WebServlet(urlPatterns = "/app/*", loadOnStartup = 1)
public class ConsoleServlet extends HttpServlet {

    private static final String ROOT = "/app";
    private static final String INDEX = ROOT + "/index.html";
    /** Vite names built assets by content hash, so they never change under the same name. */
    private static final Pattern FINGERPRINTED = Pattern.compile("^/assets/[^/]+-[A-Za-z0-9_-]{8,}\\.[a-z0-9]+$");
    /**
     * Only the app's own files run, load and connect; nothing frames the console (clickjacking),
     * and no third-party origin is ever contacted: the console works on an LXC without internet.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getContextPath() + ROOT + "/");
            return;
        }
        secure(response);
        String file = asFile(path);
        if (file != null && getServletContext().getResource(ROOT + file) != null) {
            send(ROOT + file, FINGERPRINTED.matcher(file).matches(), response, withBody);
        } else if (looksLikeFile(path)) {
            // A missing script or stylesheet must fail loudly, not load the page as JavaScript.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            send(INDEX, false, response, withBody);
        }
    }

    /** The request path as a file inside app/, or null for paths that must never name a file. */
    private static String asFile(String path) {
        if (path.contains("..") || path.contains("\\") || path.contains("//") || path.endsWith("/")) {
            return null;
        }
        return path;
    }

    private static boolean looksLikeFile(String path) {
        int slash = path.lastIndexOf('/');
        return path.startsWith("/assets/") || path.indexOf('.', slash) > 0;
    }

    private void send(String resource, boolean immutable, HttpServletResponse response, boolean withBody) throws IOException {
        String type = getServletContext().getMimeType(resource);
        response.setContentType(type == null ? "application/octet-stream" : type);
        if (type != null && (type.startsWith("text/") || type.contains("javascript"))) {
            response.setCharacterEncoding("UTF-8");
        }
        // index.html names the current asset hashes, so browsers must revalidate it on every load.
        response.setHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
        try (InputStream in = getServletContext().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (withBody) {
                in.transferTo(response.getOutputStream());
            }
        }
    }

    private static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
