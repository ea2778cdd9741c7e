package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * Two parts of the rule language: a stem ({@code посине+}) takes every form of its word and one
 * typo but no longer word; a rule that {@code refines} general signs names them more precisely
 * (a fit in a feverish child is a febrile seizure) without raising any alarm of its own.
 */
class StemsAndRefinementsTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private static IntList exact(WordIndex index, String word) {
        IntList found = new IntList(2);
        index.exact(word, 0, word.length(), found);
        return found;
    }

    private static WordIndex indexOf(String... written) {
        List<WordPattern> patterns = java.util.Arrays.stream(written).map(w -> WordPattern.parse(w, NORMALIZER)).toList();
        return WordIndex.of(patterns, id -> true);
    }

    @Test
    void aStemTakesEveryFormOfItsWord() {
        WordIndex index = indexOf("посине+", "закати+", "обмяк+", "глаз+");
        for (String form : List.of("посинел", "посинела", "посинеет", "посинеть", "посиневший", "посиневшие", "посинев",
                "закатились", "закатившиеся", "закатила", "обмяк", "обмякла", "обмякший", "обмякнув", "обмякает",
                "глазки", "глазок", "глазами", "глазоньки")) {
            assertThat(exact(index, form).size()).as(form).isEqualTo(1);
        }
    }

    @Test
    void aStemDoesNotTakeALongerWord() {
        WordIndex index = indexOf("посине+", "обмяк+", "глаз+");
        for (String other : List.of("посинелость", "обмякшевский", "глазурь", "глазомер", "посиневатость")) {
            assertThat(exact(index, other).isEmpty()).as(other).isTrue();
        }
    }

    @Test
    void aStemTakesOneTypoInAnyOfItsForms() {
        WordIndex index = indexOf("посине+");
        IntList found = new IntList(2);
        index.fuzzy("пасиневший", found); // а for о, a slip of the ear, in the stem of a participle
        assertThat(found.size()).isEqualTo(1);
        found.clear();
        index.fuzzy("пасиневатость", found); // the slip does not make a longer word one of its forms
        assertThat(found.isEmpty()).isTrue();
    }

    @Test
    void aStemTooShortToBeSafeIsRefused() {
        assertThatThrownBy(() -> WordPattern.parse("ро+", NORMALIZER)).hasMessageContaining("shorter");
        assertThat(WordPattern.parse("обмяк+", NORMALIZER).kind()).isEqualTo(WordPattern.Kind.STEM);
        assertThat(WordPattern.parse("обмяк*", NORMALIZER).kind()).isEqualTo(WordPattern.Kind.PREFIX);
    }

    @Test
    void aParticipleOfAnEmergencyWordRaisesTheAlarm() {
        assertThat(SafetyFixtures.assess("у сына закатившиеся глаза и трясётся").level()).isEqualTo(Level.EMERGENCY);
        assertThat(SafetyFixtures.assess("малыш посиневший, не дышит").level()).isEqualTo(Level.EMERGENCY);
        assertThat(SafetyFixtures.assess("ребенок весь напрягшийся и дергается").level()).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void aFitInAFeverishChildIsNamedAFebrileSeizure() {
        for (String text : List.of("у сына 39,2 и его трясёт, глаза закатил",
                "дочка горит вся, ручки и ножки дёргаются, не отвечает",
                "сыну 2 года, под 39, судороги уже минуту",
                "у малыша температура, его затрясло, теперь вялый и не реагирует")) {
            Assessment a = SafetyFixtures.assess(text);
            assertThat(a.level()).as(text).isEqualTo(Level.EMERGENCY);
            assertThat(a.sign()).as(text).isEqualTo("febrile_seizure");
        }
    }

    @Test
    void aSchoolChildsShortFocalFitFromSleepIsAWarningSignNotAnAmbulance() {
        Assessment calm = SafetyFixtures.assess("сыну 8, ночью дёргается половина лица, слюни текут, сказать ничего не "
                + "может, через минуту прошло, утром весёлый");
        assertThat(calm.level()).isEqualTo(Level.URGENT);
        assertThat(calm.sign()).isEqualTo("child_epilepsy");
        // what §1 calls an emergency stays one: long, now, a first one
        for (String text : List.of("сыну 8, половина лица дёргается, слюни текут, говорить не может, уже десять минут",
                "сыну 8, прямо сейчас половина лица дёргается, слюни текут, говорить не может",
                "дочке 7, ночью дёргается щека, слюни, сказать ничего не может, такого никогда не было")) {
            assertThat(SafetyFixtures.assess(text).level()).as(text).isEqualTo(Level.EMERGENCY);
        }
    }

    @Test
    void withoutAFeverTheFitKeepsItsGeneralName() {
        assertThat(SafetyFixtures.assess("у сына судороги, ему 3 года").sign()).isEqualTo("seizure");
        // a number with a unit after it is an age, not a temperature
        assertThat(SafetyFixtures.assess("сыну 39 месяцев, у него судороги").sign()).isEqualTo("seizure");
        assertThat(SafetyFixtures.assess("у сына судороги, температура нормальная").sign()).isEqualTo("seizure");
    }

    @Test
    void aFeverishChildWhoCannotBeWokenWithoutAFitStaysUnresponsive() {
        assertThat(SafetyFixtures.assess("ребёнка не могу разбудить, весь горячий и вялый").sign()).isEqualTo("unresponsive");
    }

    @Test
    void aFeverWithChillsAndNoFitRaisesNoAlarm() {
        assertThat(SafetyFixtures.assess("у сына 38,5, его знобит и трясёт под одеялом, но он отвечает и пьёт").level())
                .isNotIn(Level.EMERGENCY, Level.URGENT);
    }
}
