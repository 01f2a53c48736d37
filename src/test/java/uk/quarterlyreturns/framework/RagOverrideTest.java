package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RagOverrideTest {

    private static final Instant AT = Instant.parse("2017-10-20T09:30:00Z");
    private static final String WHY = "The BCI target is under review; the rate has fallen every month since December";

    @Test
    void keepsWhoWhenAndWhy() {
        RagOverride override = new RagOverride(Rag.GREEN, "director.childrens", AT, WHY);

        assertThat(override.rag()).isEqualTo(Rag.GREEN);
        assertThat(override.by()).isEqualTo("director.childrens");
        assertThat(override.at()).isEqualTo(AT);
        assertThat(override.justification()).isEqualTo(WHY);
    }

    @ParameterizedTest(name = "justification [{0}]")
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesAnOverrideWithoutWrittenJustification(String justification) {
        assertThatThrownBy(() -> new RagOverride(Rag.GREEN, "director.childrens", AT, justification))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A RAG override needs a written justification");
    }

    @ParameterizedTest
    @EnumSource(value = Rag.class, names = {"NOT_DUE", "MISSING"})
    void refusesOverridingToAStatusTheSystemSets(Rag rag) {
        assertThatThrownBy(() -> new RagOverride(rag, "director.childrens", AT, WHY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be overridden to " + rag.label());
    }

    @ParameterizedTest
    @EnumSource(value = Rag.class, names = {"NOT_DUE", "MISSING"}, mode = EnumSource.Mode.EXCLUDE)
    void acceptsOverridingToAnyRating(Rag rag) {
        assertThat(new RagOverride(rag, "director.childrens", AT, WHY).rag()).isEqualTo(rag);
    }

    @Test
    void needsTheRagWhoAndWhen() {
        assertThatThrownBy(() -> new RagOverride(null, "director.childrens", AT, WHY))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RagOverride(Rag.GREEN, null, AT, WHY))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RagOverride(Rag.GREEN, "director.childrens", null, WHY))
                .isInstanceOf(NullPointerException.class);
    }
}
