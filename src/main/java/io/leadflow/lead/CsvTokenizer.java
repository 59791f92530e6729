package io.leadflow.lead;

import java.util.ArrayList;
import java.util.List;

/** Splits CSV text into records: quoted fields may hold delimiters, doubled quotes and line breaks. */
final class CsvTokenizer {

    private final String text;
    private final char delimiter;
    private final List<CsvFile.Record> records = new ArrayList<>();
    private List<String> values = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int line = 1;
    private int recordLine = 1;

    CsvTokenizer(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    List<CsvFile.Record> records() {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                endField();
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CsvFile.Unreadable("Line " + recordLine + " opens a quote that is never closed.");
        }
        if (!field.isEmpty() || !values.isEmpty()) {
            endRecord();
        }
        return records;
    }

    private void endField() {
        values.add(field.toString());
        field.setLength(0);
    }

    private void endRecord() {
        endField();
        records.add(new CsvFile.Record(recordLine, values));
        values = new ArrayList<>();
    }
}
