package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How triage reads what people actually type: negations, typos, glued words, Latin letters, length. */
class TriageReadingTest {

    private static Level level(String text) {
        return SafetyFixtures.assess(text).level();
    }

    /** The keys a person presses for {@code russian} when the keyboard is left on the Latin layout. */
    private static String onLatinLayout(String russian) {
        String jcuken = "йцукенгшщзхъфывапролджэячсмитьбю";
        String qwerty = "qwertyuiop[]asdfghjkl;'zxcvbnm,.";
        StringBuilder out = new StringBuilder();
        for (char c : russian.toLowerCase().replace('ё', 'е').toCharArray()) {
            int at = jcuken.indexOf(c);
            out.append(at >= 0 ? qwerty.charAt(at) : c);
        }
        return out.toString();
    }

    @Test
    void negationBeforeOrAfterTheWordCancelsIt() {
        assertThat(level("судорог нет, просто вздрогнул")).isEqualTo(Level.ROUTINE);
        assertThat(level("без сознания не был, просто дёрнулся")).isEqualTo(Level.ROUTINE);
        assertThat(level("не терял сознание, сразу заговорил")).isEqualTo(Level.ROUTINE);
        assertThat(level("сознание не теряла ни разу")).isEqualTo(Level.ROUTINE);
        assertThat(level("язык не прикусывал, постель сухая")).isEqualTo(Level.ROUTINE);
    }

    @Test
    void negationIsPartOfTheSignWhenTheSignIsAnAbsence() {
        assertThat(level("он не дышит")).isEqualTo(Level.EMERGENCY);
        assertThat(level("дыхания у него нет")).isEqualTo(Level.EMERGENCY);
        assertThat(level("разбудить его не могу, хрипит")).isEqualTo(Level.EMERGENCY);
        assertThat(level("ни на что не реагирует")).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void aNegationDoesNotReachAcrossASentence() {
        assertThat(level("Нет. Дышит ровно, просто вздрагивает")).isEqualTo(Level.ROUTINE);
        assertThat(level("нет, он дышит, просто храпит")).isEqualTo(Level.ROUTINE);
        assertThat(level("не синеет, дышит нормально")).isEqualTo(Level.ROUTINE);
    }

    @Test
    void readsTyposInLongWords() {
        assertThat(level("у сына судароги")).isEqualTo(Level.EMERGENCY);
        assertThat(level("ребнок не дышет")).isEqualTo(Level.EMERGENCY);
        assertThat(level("тимпература 39 и судароги у дочки")).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void readsWordsTypedWithoutSpaces() {
        assertThat(level("мужнепросыпается")).isEqualTo(Level.EMERGENCY);
        assertThat(level("дочканедышит")).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void readsTransliterationAndTheWrongKeyboardLayout() {
        assertThat(level("muzh ne dyshit")).isEqualTo(Level.EMERGENCY);
        assertThat(level("u syna sudorogi")).isEqualTo(Level.EMERGENCY);
        assertThat(level(onLatinLayout("у дочки судороги"))).isEqualTo(Level.EMERGENCY);
        assertThat(level(onLatinLayout("бабушка не просыпается"))).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void readsShoutingAndStretchedLetters() {
        assertThat(level("СУДОРОГИ!!!!")).isEqualTo(Level.EMERGENCY);
        assertThat(level("помогитеее он не дышииит")).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void findsTheSignInTheMiddleOfALongMessage() {
        String story = "Мы давно мучаемся со сном, ложимся поздно, встаём рано, пьём много кофе. ".repeat(25);
        String message = story + "А сейчас у мужа судороги и он не отвечает. " + story;

        assertThat(message.length()).isGreaterThan(3500);
        assertThat(level(message)).isEqualTo(Level.EMERGENCY);
        assertThat(level(story + story)).isEqualTo(Level.ROUTINE);
    }

    @Test
    void readsAboutAnyone() {
        for (String who : new String[] {"у мужа", "у жены", "у парня", "у сына", "у дочки", "у малыша",
                "у ребёнка", "у папы", "у мамы", "у бабушки", "у соседа", "у человека", "у Пети"}) {
            assertThat(level(who + " судороги")).as(who).isEqualTo(Level.EMERGENCY);
        }
    }

    @Test
    void tellsTheNightBeforeFromNow() {
        assertThat(level("у мужа начались судороги")).isEqualTo(Level.EMERGENCY);
        assertThat(level("у мужа вчера ночью были судороги, сейчас всё хорошо")).isEqualTo(Level.URGENT);
    }

    @Test
    void namesWhomTheSignIsAbout() {
        assertThat(SafetyFixtures.assess("сын 5 лет прикусил язык во сне").person()).isEqualTo(Person.CHILD);
        assertThat(SafetyFixtures.assess("беременна 30 недель, икра опухла и покраснела").person())
                .isEqualTo(Person.PREGNANT);
        assertThat(SafetyFixtures.assess("муж прикусил язык во сне").person()).isEqualTo(Person.ANYONE);
    }

    @Test
    void readsFollowUpCues() {
        assertThat(SafetyFixtures.assess("задышал вроде").cue()).isEqualTo("better");
        assertThat(SafetyFixtures.assess("он синий").cue()).isEqualTo("worse");
        assertThat(SafetyFixtures.assess("скорая едет").cue()).isEqualTo("ambulance");
        assertThat(SafetyFixtures.assess("что дальше").cue()).isEqualTo("next");
        assertThat(SafetyFixtures.assess("он очнулся").cue()).isEqualTo("better");
    }

    @Test
    void survivesEmptyEmojiAndVeryLongInput() {
        assertThat(level("")).isEqualTo(Level.ROUTINE);
        assertThat(level("😴😴😴")).isEqualTo(Level.ROUTINE);
        assertThat(level("дергаюсь ".repeat(2_000))).isEqualTo(Level.ROUTINE);
        assertThat(level("дергаюсь ".repeat(2_000) + " прикусил язык")).isEqualTo(Level.URGENT);
    }
}
