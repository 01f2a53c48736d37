package uk.quarterlyreturns.base.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportRejectedExceptionTest {

    @Test
    void theMessageCountsTheRowsWithErrors() {
        ImportRejectedException rejected = new ImportRejectedException(List.of(
                new ImportError(2, "value", "Not a number"),
                new ImportError(2, "note", "Too long"),
                new ImportError(5, "code", "Must not be empty"),
                new ImportError(9, null, "Column 4 has no header")));

        assertThat(rejected).hasMessage("3 rows have errors; nothing was imported");
        assertThat(rejected.errors()).hasSize(4);
    }

    @Test
    void theMessageNamesTheHeaderRowApart() {
        assertThat(new ImportRejectedException(List.of(new ImportError(7, "value", "Not a number"))))
                .hasMessage("1 row has errors; nothing was imported");
        assertThat(new ImportRejectedException(List.of(new ImportError(1, "floor", "missing"))))
                .hasMessage("The header row has errors; nothing was imported");
        assertThat(new ImportRejectedException(List.of(
                new ImportError(1, "floor", "missing"), new ImportError(3, "unit", "bad"))))
                .hasMessage("The header row and 1 row have errors; nothing was imported");
        assertThat(new ImportRejectedException(List.of(ImportError.wholeFile("Too big"))))
                .hasMessage("The file has errors; nothing was imported");
    }

    @Test
    void aRejectionNeedsAnError() {
        assertThatThrownBy(() -> new ImportRejectedException(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErrorDescribesItselfForAPerson() {
        assertThat(new ImportError(3, "value", "Not a number").describe()).isEqualTo("Row 3, value: Not a number");
        assertThat(new ImportError(4, null, "Column 5 has no header").describe())
                .isEqualTo("Row 4: Column 5 has no header");
        assertThat(ImportError.wholeFile("The file is empty").describe()).isEqualTo("The file is empty");
    }

    @Test
    void aRefusedFileIsARejectedImportWithOneWholeFileError() {
        TabularFileException refused = new TabularFileException("The file is empty");

        assertThat(refused).isInstanceOf(ImportRejectedException.class).hasMessage("The file is empty");
        assertThat(refused.errors()).containsExactly(new ImportError(0, null, "The file is empty"));
    }
}
