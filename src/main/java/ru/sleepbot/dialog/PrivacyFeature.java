package ru.sleepbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Messages;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.UserStore;

/**
 * /privacy (what is kept, and the consent to keep unrecognized questions as text) and /forget
 * (delete everything about the user after a yes/no confirmation). Buttons {@code pv:} and
 * {@code fg:}; a {@code fg:yes} without an open confirmation is stale and deletes nothing.
 */
final class PrivacyFeature implements Feature {

    private final Messages messages;
    private final UserStore users;
    private final YesNo yesNo;
    private final List<Feature> peers;

    /** @param peers every other feature, told to drop its state on /forget */
    PrivacyFeature(Messages messages, UserStore users, YesNo yesNo, List<Feature> peers) {
        this.messages = messages;
        this.users = users;
        this.yesNo = yesNo;
        this.peers = List.copyOf(peers);
    }

    @Override
    public Set<String> commands() {
        return Set.of("privacy", "forget");
    }

    @Override
    public Set<String> buttonPrefixes() {
        return Set.of("pv", "fg");
    }

    @Override
    public boolean ownsFlow(FlowState state) {
        return state instanceof ForgetConfirmation;
    }

    @Override
    public List<Reply> onCommand(Turn turn, String command, String argument) {
        if ("forget".equals(command)) {
            turn.session().open(new ForgetConfirmation());
            return List.of(Reply.text(messages.text("dialog.forget.ask")).withRow(List.of(
                    new Button(messages.text("dialog.forget.yes"), "fg:yes"),
                    new Button(messages.text("dialog.forget.no"), "fg:no"))));
        }
        return List.of(privacy(turn.chat().id()));
    }

    @Override
    public List<Reply> onButton(Turn turn, String data) {
        switch (data) {
            case "pv:on":
            case "pv:off":
                boolean agree = data.endsWith("on");
                users.update(turn.chat().id(), s -> s.withStoreTextConsent(agree));
                return List.of(Reply.text(messages.text(agree ? "dialog.privacy.consent_given"
                        : "dialog.privacy.consent_withdrawn")));
            case "fg:yes":
            case "fg:no":
                if (turn.session().flow(ForgetConfirmation.class).isEmpty()) {
                    return List.of(Reply.text(messages.text("dialog.stale_button")));
                }
                return decide(turn, data.endsWith("yes"));
            default:
                return List.of(Reply.text(messages.text("dialog.stale_button")));
        }
    }

    @Override
    public Optional<List<Reply>> onFlowText(Turn turn, String text) {
        Optional<Boolean> answer = yesNo.read(text);
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
            return List.of(Reply.text(messages.text("dialog.forget.kept")));
        }
        users.forget(turn.chat().id());
        peers.forEach(peer -> peer.onForget(turn));
        turn.session().clear();
        return List.of(Reply.text(messages.text("dialog.forget.done")));
    }

    private Reply privacy(long chatId) {
        boolean consent = users.find(chatId).map(UserSettings::storeTextConsent).orElse(false);
        String state = messages.text(consent ? "dialog.privacy.consent_on" : "dialog.privacy.consent_off");
        Button toggle = consent
                ? new Button(messages.text("dialog.privacy.withdraw"), "pv:off")
                : new Button(messages.text("dialog.privacy.agree"), "pv:on");
        return Reply.text(messages.text("dialog.privacy.text") + "\n\n" + state).withRow(List.of(toggle));
    }
}
