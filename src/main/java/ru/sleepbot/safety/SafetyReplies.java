package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Messages;

/**
 * The words triage answers with ({@code intents/messages/safety.yaml}). An emergency: the first
 * bubble opens with the call to 103/112 and holds only the first aid for that situation; a short
 * second bubble says the bot is still here. A warning sign: what it may be, whom to see and how
 * soon, for that person. A medicine risk: a calm reply of its own, never a dose. Texts are looked
 * up most specific first: {@code <key>_<detail>_<person>}, {@code <key>_<detail>},
 * {@code <key>_<person>}, {@code <key>}. Every reply says its kind ({@code emergency seizure},
 * {@code emergency_followup seizure better}, {@code urgent dvt}, {@code medicine dose}).
 */
public final class SafetyReplies {

    private static final String ROOT = "safety.";
    /** The cue of a short question about whom to see ({@code cue.doctor}: "к какому врачу?"). */
    public static final String DOCTOR_CUE = "doctor";

    private final Messages messages;

    public SafetyReplies(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The reply to an emergency, a warning sign or a medicine risk; nothing for routine. */
    public List<Reply> alarm(Assessment a) {
        return switch (a.level()) {
            case EMERGENCY -> List.of(Reply.text(emergencyCall(a.sign(), a.person())).withKind("emergency " + a.sign()),
                    Reply.text(text("emergency.stay")).withKind("emergency " + a.sign()));
            case URGENT -> List.of(Reply.text(urgent(a)).withKind("urgent " + a.sign()));
            case MEDICINE -> List.of(Reply.text(text(first("medicine." + a.sign(), a.detail(), a.person())))
                    .withKind("medicine " + a.sign()));
            case ROUTINE -> List.of();
        };
    }

    /**
     * The reply to a short message while the emergency {@code sign} is going on: guidance for that
     * situation, chosen by the message's cue ({@code worse}, {@code better}, {@code ambulance}...;
     * empty for none).
     */
    public Reply followUp(String sign, Person person, String cue) {
        String key = cue.isEmpty() || !messages.has(ROOT + "followup." + cue) ? "default" : cue;
        String said = text(firstOf("followup." + sign + "." + key, "followup." + key));
        List<String> parts = new ArrayList<>(2);
        parts.add(said);
        // A doubt ("а может это просто...") gets the call again and the first aid, never a "maybe not".
        if (key.equals("worse") || key.equals("doubt") || key.equals("next") || key.equals("default")) {
            parts.add(aid(sign, person));
        }
        // thanks in the middle of an emergency is still thanks, for those who read the kinds
        String kind = key.equals("thanks") ? "thanks" : "emergency_followup " + sign + " " + key;
        return Reply.text(String.join("\n\n", parts)).withKind(kind);
    }

    /**
     * The reply to a short question about a warning sign just answered ("к какому врачу?", "это
     * серьёзно?", "за руль можно?"): whom to see and how soon again, and what to do meanwhile; a
     * question only about the doctor ({@value #DOCTOR_CUE}) gets just the doctor and how soon.
     */
    public Reply urgentFollowUp(String sign, String detail, Person person, String cue) {
        String who = first("urgent." + sign + ".who", detail, person);
        // "к какому врачу?" asks for a name, not for the whole warning again: the doctor and how soon.
        if (DOCTOR_CUE.equals(cue) && messages.has(ROOT + who)) {
            return Reply.text(text(who)).withKind("urgent " + sign);
        }
        return urgentAgain("followup.urgent", sign, detail, person);
    }

    /** A detail told after a warning ("одышки нет", "только правая"): heard, and what to do stays the same. */
    public Reply urgentDetailHeard(String sign, String detail, Person person) {
        return urgentAgain("followup.urgent_detail", sign, detail, person);
    }

    private Reply urgentAgain(String lead, String sign, String detail, Person person) {
        String base = "urgent." + sign + ".";
        List<String> parts = new ArrayList<>(3);
        parts.add(text(lead));
        parts.add(text(first(base + "doctor", detail, person)));
        String meanwhile = first(base + "meanwhile", detail, person);
        if (messages.has(ROOT + meanwhile)) {
            parts.add(text(meanwhile));
        }
        return Reply.text(String.join("\n\n", parts)).withKind("urgent " + sign);
    }

    private String emergencyCall(String sign, Person person) {
        return text("emergency.call") + "\n" + aid(sign, person);
    }

    private String aid(String sign, Person person) {
        String base = "emergency." + sign + ".aid";
        return messages.has(ROOT + base) ? text(first(base, "", person)) : text("emergency.default.aid");
    }

    private String urgent(Assessment a) {
        String base = "urgent." + a.sign() + ".";
        List<String> parts = new ArrayList<>(3);
        parts.add("⚠️ " + text(first(base + "says", a.detail(), a.person())));
        parts.add(text(first(base + "doctor", a.detail(), a.person())));
        String meanwhile = first(base + "meanwhile", a.detail(), a.person());
        if (messages.has(ROOT + meanwhile)) {
            parts.add(text(meanwhile));
        }
        return String.join("\n\n", parts);
    }

    /** The most specific key that exists (without the "safety." root), or {@code base} itself. */
    private String first(String base, String detail, Person person) {
        List<String> keys = new ArrayList<>(4);
        if (!detail.isEmpty()) {
            keys.add(base + "_" + detail + "_" + person.key());
            keys.add(base + "_" + detail);
        }
        keys.add(base + "_" + person.key());
        keys.add(base);
        return firstOf(keys.toArray(String[]::new));
    }

    private String firstOf(String... keys) {
        for (String key : keys) {
            if (messages.has(ROOT + key)) {
                return key;
            }
        }
        return keys[keys.length - 1];
    }

    private String text(String key) {
        return messages.text(ROOT + key);
    }
}
