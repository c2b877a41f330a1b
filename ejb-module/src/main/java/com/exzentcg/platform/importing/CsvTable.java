package com.exzentcg.platform.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read with commons-csv. Column names are matched
 * case-insensitively; every row remembers the line it starts on so errors point at it.
 */
final class CsvTable {

    static final int MAX_ROWS = 100_000;

    /** One data row: its line in the file and its non-blank values by column. */
    record Row(int line, Map<String, String> values) {
        String get(String column) {
            return values.get(column);
        }

        boolean has(String column) {
            return values.get(column) != null;
        }
    }

    private final List<Row> rows;
    private final List<RowError> errors;

    private CsvTable(List<Row> rows, List<RowError> errors) {
        this.rows = rows;
        this.errors = errors;
    }

    List<Row> rows() {
        return rows;
    }

    /** Problems with the file as a whole (header, size); rows are only checked when there are none. */
    List<RowError> errors() {
        return errors;
    }

    static CsvTable parse(String text, Set<String> required, Set<String> known) {
        String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).build();
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int[] lineStarts = lineStarts(csv);
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            List<String> header = parser.getHeaderNames().stream().map(CsvTable::column).toList();
            if (header.isEmpty()) {
                return new CsvTable(rows, List.of(new RowError(1, "file", "is empty; expected a header row")));
            }
            header.stream().filter(h -> !known.contains(h))
                    .forEach(h -> errors.add(new RowError(1, h, "unknown column")));
            required.stream().filter(r -> !header.contains(r))
                    .forEach(r -> errors.add(new RowError(1, r, "column is missing")));
            for (CSVRecord record : parser) {
                int line = lineOf(csv, lineStarts, record.getCharacterPosition());
                if (rows.size() == MAX_ROWS) {
                    errors.add(new RowError(line, "file", "has more than " + MAX_ROWS + " rows; split it"));
                    break;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    String value = record.get(i);
                    if (value != null && !value.isBlank()) {
                        values.put(header.get(i), value.trim());
                    }
                }
                if (record.size() > header.size()) {
                    errors.add(new RowError(line, "row", "has " + record.size() + " values for " + header.size() + " columns"));
                }
                rows.add(new Row(line, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports a duplicate header or an unterminated quote this way.
            return new CsvTable(List.of(), List.of(new RowError(1, "file", "is not readable CSV: " + e.getMessage())));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(1, "file", "has no data rows"));
        }
        return new CsvTable(rows, errors);
    }

    private static String column(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private static int[] lineStarts(String csv) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < csv.length(); i++) {
            if (csv.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The line a record starts on; commons-csv reports the position before any skipped empty lines. */
    private static int lineOf(String csv, int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        index = index >= 0 ? index : -index - 2;
        while (index + 1 < lineStarts.length && csv.substring(lineStarts[index], lineStarts[index + 1]).isBlank()) {
            index++;
        }
        return index + 1;
    }
}
