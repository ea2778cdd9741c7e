package ru.sleepbot.dialog.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.content.Topic;
import ru.sleepbot.dialog.Menus;

/**
 * The end of the symptom check: what it most likely is (never a diagnosis), what else the
 * answers touch, two or three tips for the main finding, whether and whom to see, and buttons to
 * the topics that say more.
 */
final class CheckSummary {

    /** The tips of a finding shown at most (the brief asks for the two or three most relevant). */
    static final int MAX_TIPS = 3;

    private final KnowledgeBase knowledge;
    private final Messages messages;
    private final Menus menus;

    CheckSummary(KnowledgeBase knowledge, Menus menus) {
        this.knowledge = knowledge;
        this.messages = knowledge.messages();
        this.menus = menus;
    }

    /** The summary; {@code main} is the finding it leads with, for follow-up questions. */
    record Result(Reply reply, CheckFinding main) {
    }

    Result summarize(Map<CheckStep, CheckOption> answers) {
        List<CheckFinding> findings = CheckFinding.of(answers);
        CheckFinding main = findings.get(0);
        String who = answers.getOrDefault(CheckStep.WHO, CheckOption.ADULT).key();
        StringBuilder text = new StringBuilder(messages.text("check.summary.title"));
        text.append("\n\n").append(variant("check.finding." + main.key(), who));
        for (CheckFinding other : findings.subList(1, findings.size())) {
            if (other != CheckFinding.SLEEP_STARTS && messages.has("check.also." + other.key())) {
                text.append("\n\n").append(messages.text("check.also." + other.key()));
            }
        }
        text.append("\n\n").append(messages.text("check.summary.tips"));
        List<String> tips = messages.variants("check.tips." + main.key());
        tips.subList(0, Math.min(MAX_TIPS, tips.size())).forEach(tip -> text.append("\n• ").append(tip));
        text.append("\n\n").append(variant("check.see." + main.key(), who));
        notes(answers).forEach(note -> text.append("\n\n").append(note));
        text.append("\n\n").append(messages.text("dialog.disclaimer"));
        return new Result(Reply.text(text.toString()).withButtons(buttons(findings), 2).withKind("check_summary"), main);
    }

    /** A text for this person (check.see.cramps.pregnant) where the content has one, else the general one. */
    private String variant(String key, String who) {
        return messages.has(key + "." + who) ? messages.text(key + "." + who) : messages.text(key);
    }

    /** "I don't know" answers get a hint on how to find out. */
    private List<String> notes(Map<CheckStep, CheckOption> answers) {
        List<String> notes = new ArrayList<>();
        answers.forEach((step, option) -> {
            String key = "check.unknown." + step.key();
            if (option == CheckOption.DONT_KNOW && messages.has(key)) {
                notes.add(messages.text(key));
            }
        });
        return notes;
    }

    private List<Button> buttons(List<CheckFinding> findings) {
        List<Button> buttons = new ArrayList<>();
        findings.stream().flatMap(f -> topics(f).stream()).distinct().limit(4)
                .map(menus::topicButton).forEach(buttons::add);
        buttons.add(menus.routinesButton(messages.text("dialog.menu.routine")));
        buttons.add(menus.mainMenuButton());
        return buttons;
    }

    Optional<Topic> mainTopic(CheckFinding finding) {
        return topics(finding).stream().findFirst();
    }

    /** The topics whose content says they explain this finding, in display order. */
    private List<Topic> topics(CheckFinding finding) {
        return knowledge.topics().stream().filter(t -> t.checkFindings().contains(finding.key())).toList();
    }
}
