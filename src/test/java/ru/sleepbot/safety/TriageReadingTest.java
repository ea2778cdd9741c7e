package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertThat(level("судорог у мужа нет")).isEqualTo(Level.ROUTINE);
        assertThat(level("приступов у него никогда не было")).isEqualTo(Level.ROUTINE);
        assertThat(level("ни судорог, ни потери сознания у сына не было")).isEqualTo(Level.ROUTINE);
    }

    @Test
    void aConcessiveNiNegatesNothing() {
        // "сколько ни тормошим" did shake him: the waking attempt counts, and he still sleeps on
        assertThat(level("какой номер скорой? дед не просыпается, сколько ни тормошим его, уже минуту"))
                .isEqualTo(Level.EMERGENCY);
        // "сколько не" stays a negation: it asks how long something has not happened
        assertThat(level("сколько он уже не дышит? минуту?")).isEqualTo(Level.EMERGENCY);
        // a plain "ни" still negates
        assertThat(level("ни судорог, ни синих губ у сына не было, только вздрогнул")).isEqualTo(Level.ROUTINE);
    }

    @Test
    void remembersAChildNamedWithAGrownUpAfterTheGrownUp() {
        // the conversation takes the last person remembered as the one it is about
        assertThat(SafetyFixtures.assess("сыну 3 года, храпит как взрослый мужик, весь мокрый").remembered())
                .containsSubsequence("adult", "who.child");
    }

    @Test
    void negationIsPartOfTheSignWhenTheSignIsAnAbsence() {
        assertThat(level("он не дышит")).isEqualTo(Level.EMERGENCY);
        assertThat(level("дыхания у него нет")).isEqualTo(Level.EMERGENCY);
        assertThat(level("разбудить его не могу, хрипит")).isEqualTo(Level.EMERGENCY);
        assertThat(level("ни на что не реагирует")).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void joinsAnAlarmWordCutInTwoByVoiceTyping() {
        assertThat(level("жена не ды шит")).isEqualTo(Level.EMERGENCY);
        assertThat(level("у ребенка су дороги")).isEqualTo(Level.EMERGENCY);
        assertThat(level("деда без созна ния нашли на полу")).isEqualTo(Level.EMERGENCY);
        // two real words that happen to stand together stay two words
        assertThat(level("по дороге домой уснул в автобусе")).isEqualTo(Level.ROUTINE);
    }

    @Test
    void mendsShortWordsMisheardOrCutShort() {
        assertThat(level("не магу разбудить сына")).isEqualTo(Level.EMERGENCY);
        assertThat(level("муж не дыш")).isEqualTo(Level.EMERGENCY);
        assertThat(level("муж недыш")).isEqualTo(Level.EMERGENCY);
        assertThat(level("бабушка без созн")).isEqualTo(Level.EMERGENCY);
        assertThat(level("мама не могу уснуть")).isEqualTo(Level.ROUTINE);
    }

    @Test
    void readsAnOrdinalAsItsNumber() {
        assertThat(level("жена на 30й неделе, лицо отекло за ночь и голова сильно болит")).isEqualTo(Level.EMERGENCY);
        assertThat(level("на 34-й неделе голова раскалывается и мушки перед глазами")).isEqualTo(Level.EMERGENCY);
        assertThat(level("на 30й неделе беременности плохо сплю")).isEqualTo(Level.ROUTINE);
    }

    @Test
    void aQuestionAskedInAdvanceIsNoEmergencyNow() {
        assertThat(level("а если она синеть начнёт?")).isEqualTo(Level.ROUTINE);
        assertThat(level("что делать если у ребенка начнутся судороги при температуре")).isEqualTo(Level.ROUTINE);
        assertThat(level("если вдруг сын потеряет сознание как быть")).isEqualTo(Level.ROUTINE);
        // "если" about what is happening now, or after the alarm, changes nothing
        assertThat(level("не знаю что делать если он не дышит прямо сейчас")).isEqualTo(Level.EMERGENCY);
        assertThat(level("у сына судороги, если начнёт синеть что делать?")).isEqualTo(Level.EMERGENCY);
        assertThat(level("если что у сына сейчас судороги")).isEqualTo(Level.EMERGENCY);
    }

    /** "а если ..., это уже судороги?" asks in advance; the same sign said to be going on now does not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            а если он дёргается ритмично минуту подряд, это уже судороги? | ROUTINE
            а если посинеет, что делать? | ROUTINE
            а что если у дочки губы синие при плаче, это уже считается? | ROUTINE
            он дёргается ритмично и не отвечает уже минуту, это уже судороги? | EMERGENCY
            у сына судороги, это опасно? | EMERGENCY
            а если он трясётся и не отвечает уже минут семь, это уже судороги? | EMERGENCY
            а если сын сейчас трясётся и не отвечает, это уже судороги? | EMERGENCY
            """)
    void askingWhetherSomethingWouldCountIsNoEmergencyNow(String text, Level expected) {
        assertThat(level(text)).isEqualTo(expected);
    }

    @Test
    void aWitnessReportIsTheSignNotHearsay() {
        assertThat(level("сосед говорит что дед не дышит")).isEqualTo(Level.EMERGENCY);
        assertThat(level("жена пишет что у сына судороги")).isEqualTo(Level.EMERGENCY);
        assertThat(level("соседка говорит что от магния судороги проходят")).isEqualTo(Level.ROUTINE);
        assertThat(level("мама говорит что я в детстве во сне не дышал по несколько секунд")).isEqualTo(Level.ROUTINE);
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
        assertThat(level("у папы лицо перекасило")).isEqualTo(Level.EMERGENCY);
        assertThat(level("муж посинелл и не дышит")).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void readsRealWordsAsTheyAreNotAsTyposOfAlarms() {
        assertThat(level("перекусила перед сном и не могу уснуть")).isEqualTo(Level.ROUTINE);
        assertThat(level("не хочу пропадать ночами в телефоне")).isEqualTo(Level.ROUTINE);
        assertThat(level("приподняла голову на подушке, стало легче засыпать")).isEqualTo(Level.ROUTINE);
        assertThat(level("переносил ночную смену плохо")).isEqualTo(Level.ROUTINE);
        assertThat(level("у мужа синяк на плече, во сне ударился о тумбочку")).isEqualTo(Level.ROUTINE);
        assertThat(level("папа поседел и плохо спит")).isEqualTo(Level.ROUTINE);
    }

    @Test
    void readsWordsTypedWithoutSpaces() {
        assertThat(level("мужнепросыпается")).isEqualTo(Level.EMERGENCY);
        assertThat(level("дочканедышит")).isEqualTo(Level.EMERGENCY);
        assertThat(level("сынзакатилглазаитрясется")).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void readsTransliterationAndTheWrongKeyboardLayout() {
        assertThat(level("muzh ne dyshit")).isEqualTo(Level.EMERGENCY);
        assertThat(level("u syna sudorogi")).isEqualTo(Level.EMERGENCY);
        assertThat(level(onLatinLayout("у дочки судороги"))).isEqualTo(Level.EMERGENCY);
        assertThat(level(onLatinLayout("бабушка не просыпается"))).isEqualTo(Level.EMERGENCY);
        assertThat(level("prosnulas krov na podushke i yazyk bolit")).isEqualTo(Level.URGENT);
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
    void weighsWhomASignIsAboutByWhoIsNamedNearest() {
        assertThat(SafetyFixtures.assess("у нас двое детей, садик, кружки, а у мамы сегодня перекосило лицо").sign())
                .isEqualTo("stroke");
        assertThat(SafetyFixtures.assess("сыну 9, ночью проснулся, рот тянет в сторону, слюни текут").sign())
                .isEqualTo("child_epilepsy");
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
