package ru.sleepbot.dialog.talk;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.Menus;
import ru.sleepbot.dialog.Phrases;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Utterance;

/**
 * The ways around the bot: /start, /help, /menu, /topics, /cancel and the {@code mn:} buttons.
 * /cancel tells every other feature to stop its flow, so each keeps its own clean-up.
 */
public final class MenuFeature implements Feature {

    /** Requests are short; a long message that asks "what can you do" on the way is for the classifier. */
    static final int MAX_REQUEST_WORDS = 12;

    private final Messages messages;
    private final Menus menus;
    private final List<Feature> peers;
    private final Phrases helpAsked;

    /** @param peers every other feature, told about /cancel */
    public MenuFeature(Messages messages, Menus menus, List<Feature> peers, Lexicon lexicon) {
        this.helpAsked = new Phrases(lexicon.words("requests.help"));
        this.messages = messages;
        this.menus = menus;
        this.peers = List.copyOf(peers);
    }

    @Override
    public Set<String> commands() {
        return Set.of("start", "help", "menu", "topics", "cancel");
    }

    @Override
    public Set<Class<? extends ButtonData>> buttons() {
        return Set.of(ButtonData.Navigation.class);
    }

    @Override
    public List<Reply> onCommand(Turn turn, String command, String argument) {
        switch (command) {
            case "start":
                stopAll(turn); // /start is a fresh start: an open check or routine ends cleanly
                return List.of(menus.withMain(messages.text("dialog.start")).withKind("start"));
            case "help":
                return List.of(fullMenu(messages.text("dialog.help")));
            case "menu":
                return List.of(fullMenu(messages.text("dialog.menu.title")));
            case "topics":
                return List.of(menus.withTopics(messages.text("dialog.topics")).withKind("help"));
            case "cancel":
                return cancel(turn);
            default:
                throw new IllegalArgumentException("not a menu command: " + command);
        }
    }

    @Override
    public List<Reply> onButton(Turn turn, ButtonData data) {
        if (data instanceof ButtonData.AllTopics topics) {
            return List.of(menus.withTopics(messages.text("dialog.topics"), topics.page()).withKind("help"));
        }
        return onCommand(turn, "menu", "");
    }

    /** "что ты умеешь?", "что это за программа?": the same as /help. */
    @Override
    public Optional<List<Reply>> onFollowUp(Turn turn, Utterance said) {
        return said.size() <= MAX_REQUEST_WORDS && helpAsked.in(said)
                ? Optional.of(List.of(fullMenu(messages.text("dialog.help")))) : Optional.empty();
    }

    @Override
    public boolean asksFor(Utterance said) {
        return said.size() <= MAX_REQUEST_WORDS && helpAsked.in(said);
    }

    /** The main menu plus the ways in that /start leaves out to stay short: the check, all topics. */
    private Reply fullMenu(String text) {
        return menus.withFull(text).withKind("help");
    }

    private List<Reply> cancel(Turn turn) {
        boolean wasOpen = turn.session().flow().isPresent() || turn.session().hasParked();
        String stopped = stopAll(turn).orElse("cancelled");
        String key = wasOpen ? "dialog.cancelled" : "dialog.nothing_to_cancel";
        return List.of(menus.withMain(messages.text(key)).withKind(stopped));
    }

    /** Every feature stops its flow; the kind of the first thing stopped, if any. */
    private Optional<String> stopAll(Turn turn) {
        Optional<String> stopped = Optional.empty();
        for (Feature peer : peers) {
            Optional<String> kind = peer.onCancel(turn);
            stopped = stopped.or(() -> kind);
        }
        turn.session().close();
        turn.session().unpark();
        return stopped;
    }
}
