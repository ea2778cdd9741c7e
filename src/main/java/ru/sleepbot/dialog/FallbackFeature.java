package ru.sleepbot.dialog;

import java.util.List;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Messages;
import ru.sleepbot.nlu.Classification;

/**
 * What the bot says when it did not understand, or the question is not about sleep: a kind
 * reply naming what it can help with and the main menu; from the second miss in a row, the
 * symptom check and the topic list too. Every miss is counted for the editors.
 */
final class FallbackFeature implements Feature {

    /** From this many misses in a row the reply offers the check and the topic list. */
    static final int MISSES_BEFORE_OFFER = 2;

    private final Messages messages;
    private final Menus menus;
    private final MissRecorder recorder;

    FallbackFeature(Messages messages, Menus menus, MissRecorder recorder) {
        this.messages = messages;
        this.menus = menus;
        this.recorder = recorder;
    }

    @Override
    public List<Reply> onIntent(Turn turn, Classification understood, String text) {
        recorder.record(turn.chat().id(), text);
        int inARow = turn.session().countMiss();
        if (inARow >= MISSES_BEFORE_OFFER) {
            return List.of(Reply.text(messages.text("dialog.fallback.again"))
                    .withRow(List.of(menus.checkButton(), menus.allTopicsButton())));
        }
        String key = onlyLatin(text) ? "dialog.fallback.latin"
                : understood.outOfScope() && understood.confidence() > 0 ? "dialog.fallback.out_of_scope"
                : "dialog.fallback.unclear";
        return List.of(menus.withMain(messages.text(key)));
    }

    /** Latin letters and no Cyrillic: most likely someone writing in another language. */
    static boolean onlyLatin(String text) {
        boolean latin = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                return false;
            }
            latin |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return latin;
    }
}
