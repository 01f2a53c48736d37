package uk.quarterlyreturns.base.calendar;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into fields, honouring RFC 4180 double quotes that open and close on that line. */
final class CsvLine {

    private CsvLine() {
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        int at = 0;
        while (true) {
            StringBuilder field = new StringBuilder();
            if (at < line.length() && line.charAt(at) == '"') {
                at = quoted(line, at + 1, field);
                if (at < line.length() && line.charAt(at) != ',') {
                    throw new IllegalArgumentException("a closing double quote must be followed by a comma");
                }
            } else {
                int comma = line.indexOf(',', at);
                int end = comma < 0 ? line.length() : comma;
                field.append(line, at, end);
                if (field.indexOf("\"") >= 0) {
                    throw new IllegalArgumentException(
                            "a double quote may only surround a whole field, as in \"Name, with comma\"");
                }
                at = end;
            }
            fields.add(field.toString());
            if (at >= line.length()) {
                return fields;
            }
            at++; // past the comma
        }
    }

    /** Reads a quoted field's text from just after its opening quote; returns the index after the closing one. */
    private static int quoted(String line, int at, StringBuilder field) {
        while (at < line.length()) {
            char c = line.charAt(at);
            if (c != '"') {
                field.append(c);
                at++;
            } else if (at + 1 < line.length() && line.charAt(at + 1) == '"') {
                field.append('"');
                at += 2;
            } else {
                return at + 1;
            }
        }
        throw new IllegalArgumentException("a double quote is not closed on the same line");
    }
}
