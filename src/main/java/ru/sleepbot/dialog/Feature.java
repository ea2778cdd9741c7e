package ru.sleepbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.Utterance;

/**
 * One capability of the dialog (answers, symptom check, routines, reminders...): the commands,
 * button groups and intents it owns, and the flow states it drives. The engine routes each update
 * to exactly one feature; ownership is checked for clashes when the engine is built.
 */
public interface Feature {

    /** Command names without the slash, lower case: {@code "routine"}. */
    default Set<String> commands() {
        return Set.of();
    }

    /** The groups of {@link ButtonData} this feature answers ({@code ButtonData.Routine.class}). */
    default Set<Class<? extends ButtonData>> buttons() {
        return Set.of();
    }

    /** Intent ids (taxonomy or finer) this feature answers. */
    default Set<String> intents() {
        return Set.of();
    }

    /** True when {@code state} is one of this feature's flows. */
    default boolean ownsFlow(FlowState state) {
        return false;
    }

    default List<Reply> onCommand(Turn turn, String command, String argument) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no command " + command);
    }

    default List<Reply> onButton(Turn turn, ButtonData data) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no button " + data);
    }

    default List<Reply> onIntent(Turn turn, Classification understood, Utterance said) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no intent " + understood.intent());
    }

    /**
     * Free text while this feature's flow is open. Empty means "not an answer to my question":
     * the engine then understands the text as usual (and the feature may have parked its flow).
     */
    default Optional<List<Reply>> onFlowText(Turn turn, Utterance said) {
        return Optional.empty();
    }

    /**
     * Free text that no open flow took, before it is classified: a feature that keeps context
     * (the topic just answered) may read it as a follow-up ("а это опасно?"). Empty: not mine.
     */
    default Optional<List<Reply>> onFollowUp(Turn turn, Utterance said) {
        return Optional.empty();
    }

    /**
     * True when the message asks for this feature by words ("удалите мои данные", "хочу пройти
     * тест", "отключи напоминания"), whatever the conversation was about: such a request is never
     * a follow-up of an emergency or of the topic on screen. Only asks; the reply comes from
     * {@link #onFollowUp}.
     */
    default boolean asksFor(Utterance said) {
        return false;
    }

    /**
     * True when the classifier's guess of one of this feature's intents does not fit the message
     * where the conversation is ("ну а всё-таки отчего это?" placed on help while a topic is talked
     * about): the engine then offers it to {@link #onUnplaced} first, and answers it here only when
     * no feature takes it.
     */
    default boolean declines(Turn turn, Classification understood, Utterance said) {
        return false;
    }

    /**
     * True when the classifier's guess of one of this feature's intents is wrong whatever the context:
     * the words it learned mean something else here (goodbye for "пока" as "while": "какой сериал
     * глянуть, пока валяюсь"). The message is then treated as unplaced: offered to {@link #onUnplaced},
     * and if no feature takes it, the fallback answers.
     */
    default boolean refuses(Turn turn, Classification understood, Utterance said) {
        return false;
    }

    /**
     * Free text the classifier could not place in any intent, before the fallback says "not my
     * topic": a feature that keeps context may read it as a question about what is being talked
     * about ("а будить её надо?" right after sleepwalking). Empty: not mine.
     */
    default Optional<List<Reply>> onUnplaced(Turn turn, Classification understood, Utterance said) {
        return Optional.empty();
    }

    /**
     * The user typed /cancel (or /start): stop this feature's flow and anything it has scheduled for
     * the chat. Returns the kind of reply for what was stopped ("check_stopped"), if anything was.
     */
    default Optional<String> onCancel(Turn turn) {
        return Optional.empty();
    }

    /** The user confirmed /forget: drop in-memory state and timers for the chat (the store row is deleted). */
    default void onForget(Turn turn) {
    }

    /**
     * Called after every update, whichever feature handled it, with the replies so far: a feature
     * whose work outlives a turn (a routine paced by a timer) notices that the user went elsewhere
     * and may add to the last reply (the button back to the routine). Returns the replies to send.
     */
    default List<Reply> afterTurn(Turn turn, List<Reply> replies) {
        return replies;
    }
}
