package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A story told over several messages: each is read with what the ones before it left in mind
 * ({@link Assessment#remembered()}), as the dialog reads them. The last message decides.
 */
class TriageAcrossMessagesTest {

    private static Assessment lastOf(String conversation) {
        Set<String> context = new HashSet<>();
        String[] said = conversation.split(" >> ");
        for (int i = 0; i < said.length - 1; i++) {
            context.addAll(SafetyFixtures.TRIAGE.assess(SafetyFixtures.ANALYZER.analyze(said[i]), context).remembered());
        }
        return SafetyFixtures.TRIAGE.assess(SafetyFixtures.ANALYZER.analyze(said[said.length - 1]), context);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            начала пить антидепрессант неделю назад, теперь дергаюсь и потею >> пульс 120 и путаюсь в мыслях | emergency | serotonin_severe
            пью сертралин вторую неделю, подняли дозу >> сейчас жар и соображаю плохо, всё тело дёргается | emergency | serotonin_severe
            икра опухла и красная, болит >> а теперь стало трудно дышать | emergency | clot_lungs
            у мамы тромбоз глубоких вен >> ей стало тяжело дышать и колет в груди | emergency | clot_lungs
            можно ли пить феназепам для сна? >> а если выпить две? | medicine | dose
            пью донормил на ночь >> а если половинку добавить? | medicine | dose
            пью сертралин >> а можно его резко бросить? | medicine | stop_drug
            муж храпит очень громко >> остановок дыхания вроде нет, просто громко | none |
            ночью свело икру >> сколько спать надо взрослому? | none |
            икра с утра опухшая, красная и болит >> я позавчера 11 часов летел | urgent | dvt
            пью противозачаточные второй год >> левая икра опухла и болит при ходьбе | urgent | dvt
            пью противозачаточные второй год >> как уснуть быстрее? | none |
            пью мелатонин >> сколько спать надо взрослому? | none |
            у дочки температура 39, вялая >> а если она синеть начнёт? | none |
            у сына была фебрильная судорога год назад >> а если у него опять будут судороги ночью? | none |
            мне 58, сплю плохо >> я во сне дерусь, внуки боятся со мной ночевать | urgent | rbd
            отцу 72 года >> папа по ночам дерётся во сне, внуки боятся у него ночевать | urgent | rbd
            внучке 6 лет, бабушке 70 >> внучка во сне дерётся и кричит, когда у нас ночует | none |
            мне 60 >> внучка во сне дерётся и кричит, когда у нас ночует | none |
            у мужа эпилепсия, пьёт депакин >> утром проснулся, всё тело ломит и ничего не помнит | urgent | unwitnessed_seizure
            у мужа эпилепсия, пьёт депакин >> как ему быстрее засыпать? | none |
            утром проснулся, всё тело ломит и ничего не помнит | none |
            """)
    void readsTheLastMessageWithWhatCameBefore(String conversation, String level, String sign) {
        Assessment got = lastOf(conversation);

        assertThat(got.level().key()).isEqualTo(level);
        assertThat(got.sign()).isEqualTo(sign == null ? "" : sign);
    }

    /**
     * What one message leaves in mind comes in the rule book's order, the same in every run: the
     * dialog reads whom the talk is about from the last person kept, and a message that names a
     * child and an adult ("храпит как взрослый мужик") is about the child.
     */
    @Test
    void keepsWhatAMessageNamesInTheRuleBooksOrderWithTheChildLast() {
        Assessment got = SafetyFixtures.TRIAGE.assess(SafetyFixtures.ANALYZER.analyze(
                "сыну 3 года, храпит как взрослый мужик, спит с открытым ртом"));

        assertThat(List.copyOf(got.remembered())).containsSubsequence("adult", "who.child");
    }
}
