package ru.sleepbot.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import ru.sleepbot.content.Messages;

/**
 * The command menu Telegram shows next to the input field. Names stay Latin (Telegram allows only
 * a-z, 0-9 and _), descriptions are Russian and live in intents/messages/telegram.yaml.
 */
final class BotCommands {

    static final List<String> NAMES = List.of(
            "start", "help", "menu", "topics", "check", "routine", "remind", "timezone", "diary", "report", "export", "privacy",
            "forget", "cancel");

    private BotCommands() {
    }

    static SetMyCommands menu(Messages messages) {
        List<BotCommand> commands = NAMES.stream()
                .map(name -> new BotCommand(name, messages.text("telegram.commands." + name)))
                .toList();
        return new SetMyCommands(commands);
    }
}
