package uk.quarterlyreturns.bench;

import java.nio.charset.StandardCharsets;
import uk.quarterlyreturns.base.tabular.TabularFile;

/** A made-up organisation of {@code services} services (25 to a directorate), each with {@code measures} measures. */
record SyntheticCouncil(int services, int measures) {

    static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,"
            + "floor,tolerance_pct,rag_scheme\n";

    static String service(int s) {
        return "Body " + s;
    }

    String frameworkCsv() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int s = 1; s <= services; s++) {
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
    String valuesCsv() {
        StringBuilder csv = new StringBuilder("code,value\n");
        for (int s = 1; s <= services; s++) {
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
