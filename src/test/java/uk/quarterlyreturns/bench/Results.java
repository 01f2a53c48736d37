package uk.quarterlyreturns.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the run's figures, writes them to target/bench/results.json and prints them as a table. */
final class Results {

    private final Path file;
    private final List<Figure> figures = new ArrayList<>();

    Results() {
        this("results");
    }

    /** Figures written to target/bench/{name}.json and {name}.txt. */
    Results(String name) {
        this.file = Path.of("target", "bench", name + ".json");
    }

    void add(Figure figure) {
        figures.add(figure);
        System.out.println("bench: " + row(figure));
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    void write() throws IOException {
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures);
        StringBuilder table = new StringBuilder(String.format(Locale.UK, "%-58s %12s %-8s %12s %8s %10s %s%n",
                "figure", "value", "unit", "baseline", "ratio", "target", "met"));
        figures.forEach(f -> table.append(row(f)).append('\n'));
        System.out.println(table);
        Files.writeString(file.resolveSibling(file.getFileName().toString().replace(".json", ".txt")), table);
    }

    private static String row(Figure f) {
        return String.format(Locale.UK, "%-58s %12.1f %-8s %12s %8s %10.1f %s", f.name(), f.value(), f.unit(),
                f.baseline() == null ? "" : String.format(Locale.UK, "%.1f", f.baseline()),
                f.ratio() == null ? "" : String.format(Locale.UK, "%.2f", f.ratio()), f.target(), f.met());
    }
}
