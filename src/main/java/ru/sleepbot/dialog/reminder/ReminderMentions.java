package ru.sleepbot.dialog.reminder;

import java.util.Set;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Utterance;

/**
 * Whether a message names reminders (intents/lexicon/reminder.yaml, {@code mention}): "отключи
 * напоминания" does; "напомните, что вы умеете" asks to be reminded of something else, and "вопрос
 * не про напоминалку: ..." says it is about something else.
 */
final class ReminderMentions {

    private final Set<String> mentions;
    private final Set<String> recall;
    private final Set<String> notAbout;
    private final ReminderIntent intent;

    ReminderMentions(Lexicon lexicon, RussianAnalyzer analyzer, ReminderIntent intent) {
        this.mentions = lexicon.words("reminder.mention", analyzer::normalize);
        this.recall = lexicon.words("reminder.recall", analyzer::normalize);
        this.notAbout = lexicon.words("reminder.not_about", analyzer::normalize);
        this.intent = intent;
    }

    /**
     * True when the message names reminders; not when every mention follows a word of {@code
     * not_about}, nor when a run of {@code recall} comes right after one and no time is named.
     */
    boolean named(Utterance said) {
        if (!mentionedForItself(said.normalized())) {
            return false;
        }
        for (int i = 0; i + 2 < said.size(); i++) {
            String token = said.token(i);
            if (recall.contains(said.token(i + 1) + " " + said.token(i + 2)) && mentions.stream().anyMatch(token::startsWith)
                    && !intent.namesTime(said)) {
                return false;
            }
        }
        return true;
    }

    /** "вопрос не про напоминалку, а про ноги": the message disowns reminders. */
    boolean disowned(Utterance said) {
        String text = said.normalized();
        return mentions.stream().anyMatch(text::contains) && !mentionedForItself(text);
    }

    private boolean mentionedForItself(String text) {
        for (String mention : mentions) {
            for (int at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
                String before = text.substring(0, at).stripTrailing();
                if (notAbout.stream().noneMatch(n -> before.endsWith(" " + n) || before.equals(n))) {
                    return true;
                }
            }
        }
        return false;
    }
}
