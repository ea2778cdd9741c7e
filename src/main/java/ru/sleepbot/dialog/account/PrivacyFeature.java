package ru.sleepbot.dialog.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.FlowState;
import ru.sleepbot.dialog.Phrases;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.dialog.YesNo;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.UserStore;

/**
 * /privacy (what is kept, and the consent to keep unrecognized questions as text) and /forget
 * (delete everything about the user after a yes/no confirmation). Buttons {@code pv:} and
 * {@code fg:}; a {@code fg:yes} without an open confirmation is stale and deletes nothing.
 * Everything acts for the person who wrote or pressed ({@link ru.sleepbot.chat.ChatRef#userId}):
 * in a group, consent is each member's own, and only the member who asked to be forgotten can
 * confirm it, for themselves alone.
 */
public final class PrivacyFeature implements Feature {

    /** Requests are short; a long message that mentions data is a story for the classifier. */
    static final int MAX_REQUEST_WORDS = 20;
    /** The session's note that the confirmation was asked again for a question about it. */
    private static final String ASKED_AGAIN = "forget_ask again";

    private final Messages messages;
    private final UserStore users;
    private final YesNo yesNo;
    private final List<Feature> peers;
    private final Phrases privacyAsked;
    private final Phrases forgetAsked;
    private final Phrases forgetConfirmed;

    /**
     * @param peers every other feature, told to drop its state on /forget
     * @param lexicon the words that ask for privacy and deletion (intents/lexicon/requests.yaml)
     */
    public PrivacyFeature(Messages messages, UserStore users, YesNo yesNo, List<Feature> peers, Lexicon lexicon) {
        this.messages = messages;
        this.users = users;
        this.yesNo = yesNo;
        this.peers = List.copyOf(peers);
        this.privacyAsked = new Phrases(lexicon.words("requests.privacy"));
        this.forgetAsked = new Phrases(lexicon.words("requests.forget"));
        this.forgetConfirmed = new Phrases(lexicon.words("requests.forget_yes"));
    }

    @Override
    public Set<String> commands() {
        return Set.of("privacy", "forget");
    }

    @Override
    public Set<Class<? extends ButtonData>> buttons() {
        return Set.of(ButtonData.Privacy.class);
    }

    @Override
    public boolean ownsFlow(FlowState state) {
        return state instanceof ForgetConfirmation;
    }

    @Override
    public List<Reply> onCommand(Turn turn, String command, String argument) {
        return "forget".equals(command) ? askToForget(turn) : List.of(privacy(turn.chat().userId()));
    }

    /** "удалите мои данные", "а вы храните мои сообщения?": the same as /forget and /privacy. */
    @Override
    public Optional<List<Reply>> onFollowUp(Turn turn, Utterance said) {
        if (said.size() > MAX_REQUEST_WORDS) {
            return Optional.empty();
        }
        boolean privacyToo = privacyAsked.in(said);
        // "вы же не храните то, что я пишу?" asks what is kept; only a request to delete is one.
        if (forgetAsked.in(said) && !(privacyToo && said.raw().contains("?"))) {
            return Optional.of(askToForget(turn));
        }
        return privacyToo ? Optional.of(List.of(privacy(turn.chat().userId()))) : Optional.empty();
    }

    @Override
    public boolean asksFor(Utterance said) {
        return said.size() <= MAX_REQUEST_WORDS && (forgetAsked.in(said) || privacyAsked.in(said));
    }

    private List<Reply> askToForget(Turn turn) {
        turn.session().open(new ForgetConfirmation(turn.chat().userId()));
        turn.session().answered("forget_ask");
        return List.of(Reply.text(messages.text("dialog.forget.ask")).withRow(forgetButtons()).withKind("forget_ask"));
    }

    private List<Button> forgetButtons() {
        return List.of(new Button(messages.text("dialog.forget.yes"), new ButtonData.ForgetAnswer(true)),
                new Button(messages.text("dialog.forget.no"), new ButtonData.ForgetAnswer(false)));
    }

    @Override
    public List<Reply> onButton(Turn turn, ButtonData data) {
        if (data instanceof ButtonData.Consent consent) {
            boolean agree = consent.agree();
            users.update(turn.chat().userId(), s -> s.withStoreTextConsent(agree));
            return List.of(Reply.text(messages.text(agree ? "dialog.privacy.consent_given"
                    : "dialog.privacy.consent_withdrawn")).withKind("privacy"));
        }
        Optional<ForgetConfirmation> open = turn.session().flow(ForgetConfirmation.class);
        if (open.isEmpty()) {
            return List.of(Reply.text(messages.text("dialog.stale_button")).withKind("stale"));
        }
        if (open.get().userId() != turn.chat().userId()) {
            return List.of(Reply.text(messages.text("dialog.forget.not_yours")).withKind("stale"));
        }
        return decide(turn, ((ButtonData.ForgetAnswer) data).confirmed());
    }

    @Override
    public Optional<List<Reply>> onFlowText(Turn turn, Utterance said) {
        if (turn.session().flow(ForgetConfirmation.class).map(f -> f.userId() != turn.chat().userId()).orElse(true)) {
            return Optional.empty(); // someone else in the group: not an answer to the question
        }
        Optional<Boolean> answer = yesNo.read(said).or(() -> forgetConfirmed.in(said) ? Optional.of(true) : Optional.empty());
        if (answer.isEmpty() && (privacyAsked.in(said) || said.raw().contains("?")) && said.size() <= MAX_REQUEST_WORDS) {
            // "а что именно удалится?": the question again says exactly what would go; it stays open.
            // Asked once more ("и напоминание тоже?"): what is kept, with the same choice, not the same text.
            if (turn.session().lastAnswer().filter(ASKED_AGAIN::equals).isPresent()) {
                return Optional.of(List.of(privacy(turn.chat().userId()).withRow(forgetButtons())));
            }
            List<Reply> again = askToForget(turn);
            turn.session().answered(ASKED_AGAIN);
            return Optional.of(again);
        }
        if (answer.isEmpty()) {
            // Not an answer: the confirmation lapses and the text is read as usual.
            turn.session().close();
            return Optional.empty();
        }
        return Optional.of(decide(turn, answer.get()));
    }

    private List<Reply> decide(Turn turn, boolean forget) {
        turn.session().close();
        if (!forget) {
            return List.of(Reply.text(messages.text("dialog.forget.kept")).withKind("forget_kept"));
        }
        users.forget(turn.chat().userId());
        if (turn.chat().group()) {
            // The group's conversation belongs to the group, not to the member who left it.
            return List.of(Reply.text(messages.text("dialog.forget.done_group")).withKind("forget_done"));
        }
        peers.forEach(peer -> peer.onForget(turn));
        turn.session().clear();
        return List.of(Reply.text(messages.text("dialog.forget.done")).withKind("forget_done"));
    }

    private Reply privacy(long userId) {
        boolean consent = users.find(userId).map(UserSettings::storeTextConsent).orElse(false);
        String state = messages.text(consent ? "dialog.privacy.consent_on" : "dialog.privacy.consent_off");
        Button toggle = consent
                ? new Button(messages.text("dialog.privacy.withdraw"), new ButtonData.Consent(false))
                : new Button(messages.text("dialog.privacy.agree"), new ButtonData.Consent(true));
        return Reply.text(messages.text("dialog.privacy.text") + "\n\n" + state).withRow(List.of(toggle))
                .withKind("privacy");
    }
}
