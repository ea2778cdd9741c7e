package ru.sleepbot.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.sleepbot.store.diary.DiaryEntry;

class InsightsTest {

    static final LocalDate TO = LocalDate.of(2026, 11, 29);

    /** Nights from TO backwards: each string is "c" (coffee) or "-" then the jerks key. */
    static DiaryPeriod nights(String... specs) {
        List<Night> nights = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            LocalDate d = TO.minusDays(specs.length - 1L - i);
            String spec = specs[i];
            Set<String> factors = spec.startsWith("c") ? Set.of("coffee") : Set.of();
            nights.add(new Night(d, new DiaryEntry(d, 3, spec.substring(1), factors, null), null));
        }
        return new DiaryPeriod(nights.get(0).date(), TO, nights, List.of(), List.of(), Optional.empty());
    }

    @Test
    void fisherGivesTheTextbookTwoSidedPValue() {
        // The lady tasting tea: [[3, 1], [1, 3]], two-sided p = 34/70.
        assertThat(Insights.fisher(3, 1, 1, 3)).isCloseTo(0.4857, within(1e-4));
        // [[5, 0], [0, 7]]: the only table as unlikely as this one is itself: p = 1 / C(12, 5).
        assertThat(Insights.fisher(5, 0, 0, 7)).isCloseTo(1.0 / 792, within(1e-9));
    }

    @Test
    void namesALinkOnlyWhenTheTestSaysSo() {
        DiaryPeriod coffeeBringsJerks = nights("cmany", "-none", "cwoke", "-none", "cmany", "-none", "-none", "cfew",
                "-none", "-none", "cmany", "-none");
        Comparison coffee = Insights.of(coffeeBringsJerks).get(0);
        assertThat(coffee.what()).isEqualTo("coffee");
        assertThat(coffee.with()).isEqualTo(5);
        assertThat(coffee.withJerks()).isEqualTo(5);
        assertThat(coffee.without()).isEqualTo(7);
        assertThat(coffee.withoutJerks()).isZero();
        assertThat(coffee.link()).isTrue();
        assertThat(coffee.more()).isTrue();

        DiaryPeriod noDifference = nights("cfew", "-few", "cnone", "-none", "cfew", "-few", "cnone", "-none", "cfew",
                "-few", "cnone", "-none");
        assertThat(Insights.of(noDifference).get(0).link()).isFalse();
    }

    @Test
    void needsTenNightsAndThreeOnEachSide() {
        assertThat(Insights.of(nights("cmany", "-none", "cmany", "-none", "cmany", "-none", "-none", "cmany", "-none")))
                .as("nine nights").isEmpty();
        // Two coffee evenings only: however strong it looks, no claim.
        Comparison two = Insights.of(nights("cmany", "-none", "cmany", "-none", "-none", "-none", "-none", "-none",
                "-none", "-none", "-none")).get(0);
        assertThat(two.enough()).isFalse();
        assertThat(two.link()).isFalse();
    }
}
