package io.leadflow.lead;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV upload: strict UTF-8 (a BOM is fine), a header row, {@code ,} or {@code ;} as picked by the
 * header, RFC 4180 quoting. Anything else is refused before a row is staged.
 */
record CsvFile(char delimiter, List<String> header, List<Record> records) {

    /** One data row with its line number in the file (the header is line 1). */
    record Record(int line, List<String> values) {}

    /** The upload is not a CSV file this import understands; the message says why. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    static CsvFile parse(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                // pictures, spreadsheets (xlsx), PDFs: binary formats all contain NUL bytes
                throw new Unreadable("The file is binary, not CSV text; export the sheet as CSV UTF-8.");
            }
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("").trim();
        if (firstLine.isEmpty()) {
            throw new Unreadable("The file is empty: a header row is required.");
        }
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        List<Record> rows = new CsvTokenizer(text, delimiter).records();
        List<String> header = rows.get(0).values().stream().map(String::trim).toList();
        List<Record> data = new ArrayList<>(rows.subList(1, rows.size()));
        data.removeIf(row -> row.values().stream().allMatch(String::isBlank));
        return new CsvFile(delimiter, header, data);
    }

    /** One stored line split again (a staged row's raw text). */
    static List<String> split(String line, char delimiter) {
        return new CsvTokenizer(line, delimiter)
                .records().stream().findFirst().map(Record::values).orElse(List.of());
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Unreadable("The file is not UTF-8 encoded; save it as \"CSV UTF-8\" and upload it again.");
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    /** Writes one record back as a CSV line with the file's delimiter (for the rejected-rows file). */
    static String line(List<String> values, char delimiter) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            String value = values.get(i) == null ? "" : values.get(i);
            boolean quote = value.indexOf(delimiter) >= 0
                    || value.indexOf('"') >= 0
                    || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0;
            out.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        return out.toString();
    }
}
