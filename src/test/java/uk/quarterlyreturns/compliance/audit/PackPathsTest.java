package uk.quarterlyreturns.compliance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A name somebody chose becomes one path segment of the pack, never a way out of its folder. */
class PackPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../../x|_._x",
        "a/b|a_b",
        "..|_",
        ".|_",
        "...|_",
        "''|_",
        "/etc/passwd|_etc_passwd",
        "C:\\Windows\\win.ini|C:_Windows_win.ini",
        ".hidden|hidden",
        "report..final.pdf|report.final.pdf",
        "count.txt|count.txt"})
    void aNameIsOneSafeSegment(String name, String segment) {
        assertThat(PackPaths.segment(name)).isEqualTo(segment);
    }

    @Test
    void controlCharactersAndNothingAtAllAreSafeToo() {
        assertThat(PackPaths.segment("report\u0000\n.pdf")).isEqualTo("report__.pdf");
        assertThat(PackPaths.segment(null)).isEqualTo("_");
        assertThat(PackPaths.segment("x".repeat(400) + ".pdf")).hasSize(150).endsWith(".pdf");
    }

    @Test
    void aPathGivenAgainIsNumberedWhateverItsLetters() {
        PackPaths paths = new PackPaths();
        assertThat(paths.unique("evidence/Housing/HF-1", "count.txt")).isEqualTo("evidence/Housing/HF-1/count.txt");
        assertThat(paths.unique("evidence/Housing/HF-1", "Count.TXT"))
                .isEqualTo("evidence/Housing/HF-1/Count (2).TXT");
        assertThat(paths.unique("evidence/Housing/HF-1", "count.txt"))
                .isEqualTo("evidence/Housing/HF-1/count (3).txt");
        assertThat(paths.unique("evidence/Housing/HF-1", "notes")).isEqualTo("evidence/Housing/HF-1/notes");
        assertThat(paths.unique("evidence/Housing/HF-1", "notes")).isEqualTo("evidence/Housing/HF-1/notes (2)");
    }
}
