package uk.quarterlyreturns.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.quarterlyreturns.base.tabular.TabularFile;

/** A made-up organisation of {@code services} services (25 to a directorate), each with {@code measures} measures. */
record SyntheticCouncil(int services, int measures) {

    static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,"
            + "floor,tolerance_pct,rag_scheme\n";

    static String service(int s) {
        return "Body " + s;
    }

    String frameworkCsv() {
        return frameworkCsv(1, services);
    }

    /** The framework in files of at most 10,000 rows, the most one upload may hold: whole services to a file. */
    List<String> frameworkFiles() {
        return files(this::frameworkCsv);
    }

    /** The values in files of at most 10,000 rows, as {@link #frameworkFiles()}. */
    List<String> valuesFiles() {
        return files(this::valuesCsv);
    }

    private List<String> files(java.util.function.BiFunction<Integer, Integer, String> rows) {
        int perFile = Math.max(1, TabularFile.MAX_ROWS / measures);
        List<String> files = new java.util.ArrayList<>();
        for (int first = 1; first <= services; first += perFile) {
            files.add(rows.apply(first, Math.min(services, first + perFile - 1)));
        }
        return files;
    }

    private String frameworkCsv(int from, int to) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int s = from; s <= to; s++) {
            for (int m = 1; m <= measures; m++) {
                csv.append(code(s, m)).append(",Measure ").append(m).append(" of body ").append(s)
                        .append(",Directorate ").append((s - 1) / 25 + 1).append(',').append(service(s))
                        .append(m % 2 == 0 ? ",Ambitious" : ",Resilient").append(",%,HIGHER_IS_BETTER,QUARTERLY,")
                        .append("SNAPSHOT,50,40,,TARGET_FLOOR\n");
            }
        }
        return csv.toString();
    }

    /** Every measure on or above target, so every return can be submitted without narratives. */
    private String valuesCsv(int from, int to) {
        StringBuilder csv = new StringBuilder("code,value\n");
        for (int s = from; s <= to; s++) {
            for (int m = 1; m <= measures; m++) {
                csv.append(code(s, m)).append(",60\n");
            }
        }
        return csv.toString();
    }

    static TabularFile file(String csv) {
        return TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "bench.csv");
    }

    private static String code(int s, int m) {
        return "B" + s + "." + m;
    }
}
