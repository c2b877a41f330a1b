package com.exzentcg.platform.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static final Set<String> REQUIRED = Set.of("sku", "quantity");
    private static final Set<String> KNOWN = Set.of("sku", "quantity", "location");

    @Test
    void rowsKnowTheirLineEvenAfterBlankLinesAndQuotedNewlines() {
        CsvTable table = CsvTable.parse("\uFEFFSKU, Quantity\nA,1\n\n\"B\nB\",2\nC,3", REQUIRED, KNOWN);
        assertEquals(List.of(), table.errors());
        assertEquals(List.of(2, 4, 6), table.rows().stream().map(CsvTable.Row::line).toList());
        assertEquals("B\nB", table.rows().get(1).get("sku"));
        assertEquals("3", table.rows().get(2).get("quantity"));
    }

    @Test
    void blankValuesAreAbsent() {
        CsvTable table = CsvTable.parse("sku,quantity,location\nA, ,\n", REQUIRED, KNOWN);
        assertEquals(false, table.rows().get(0).has("quantity"));
        assertEquals(false, table.rows().get(0).has("location"));
    }

    @Test
    void headerProblemsAreReportedOnLineOne() {
        CsvTable table = CsvTable.parse("sku,qty\nA,1\n", REQUIRED, KNOWN);
        assertEquals(Set.of(new RowError(1, "qty", "unknown column"), new RowError(1, "quantity", "column is missing")),
                Set.copyOf(table.errors()));
    }

    @Test
    void emptyFilesAndExtraValuesAreErrors() {
        assertEquals("file", CsvTable.parse("", REQUIRED, KNOWN).errors().get(0).field());
        assertEquals("file", CsvTable.parse("sku,quantity\n", REQUIRED, KNOWN).errors().get(0).field());
        assertEquals(new RowError(2, "row", "has 3 values for 2 columns"),
                CsvTable.parse("sku,quantity\nA,1,extra\n", REQUIRED, KNOWN).errors().get(0));
    }
}
