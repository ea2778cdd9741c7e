package ru.sleepbot.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import ru.sleepbot.chat.Attachment;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Html;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.Dialog;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * Chats with the dialog on a terminal or a pipe. Buttons print as numbered options; typing a
 * number or a button's label presses that button of the latest reply that had buttons. In JSON
 * mode each reply is one line {@code {"turn":N,"text":...,"buttons":[{"label","data"}]}}, N being
 * the input line it answers. Messages the bot sends on its own (timed routine steps) arrive
 * through {@link Outbox} and print with the current turn. Pictures and documents (the diary's chart,
 * its PDF, exported data) are saved in a folder and their paths printed ({@code "photo"} or
 * {@code "document"} in JSON mode).
 */
public final class ConsoleChannel implements Outbox {

    /** The console is one private chat. */
    public static final ChatRef CHAT = ChatRef.privateChat(1L);

    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean json;
    private final Path files;
    private final TextNormalizer normalizer = new TextNormalizer();
    /** Only for --json: making a Jackson mapper takes a tenth of a second or more of a cold start. */
    private final ObjectMapper mapper;
    private List<Button> lastButtons = List.of();
    private int turn;

    public ConsoleChannel(BufferedReader in, PrintWriter out, boolean json) {
        this(in, out, json, DEFAULT_FILES);
    }

    /** @param files the folder where pictures and documents the bot sends are saved (created when needed) */
    public ConsoleChannel(BufferedReader in, PrintWriter out, boolean json, Path files) {
        this.in = in;
        this.out = out;
        this.json = json;
        this.mapper = json ? new ObjectMapper() : null;
        this.files = files;
    }

    /** Where files go unless another folder is given: {@code chat-files} in the working folder. */
    public static final Path DEFAULT_FILES = Path.of("chat-files");

    /** Reads lines until end of input; returns the exit code. */
    public int run(Dialog dialog) {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                Incoming incoming;
                synchronized (this) {
                    turn++;
                    incoming = toIncoming(line);
                }
                for (Outgoing reply : dialog.handle(incoming)) {
                    send(reply);
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void send(Outgoing message) {
        Reply reply = message.reply();
        if (!reply.buttons().isEmpty()) {
            lastButtons = reply.buttons();
        }
        Optional<Path> saved = reply.file().map(this::save);
        if (json) {
            out.println(toJson(reply, saved));
        } else {
            out.println(render(reply, saved));
        }
        out.flush();
    }

    private Incoming toIncoming(String line) {
        return pressedButton(line)
                .<Incoming>map(b -> new Incoming.Press(CHAT, b.encoded()))
                .orElseGet(() -> new Incoming.Text(CHAT, line));
    }

    private Optional<Button> pressedButton(String line) {
        String typed = line.strip();
        if (typed.matches("\\d{1,2}")) {
            int index = Integer.parseInt(typed) - 1;
            return index >= 0 && index < lastButtons.size() ? Optional.of(lastButtons.get(index)) : Optional.empty();
        }
        String key = normalizer.normalize(typed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return lastButtons.stream().filter(b -> normalizer.normalize(b.label()).equals(key)).findFirst();
    }

    /** Saves a picture or document the bot sent; a name already taken gets a number, so nothing is overwritten. */
    private Path save(Attachment file) {
        try {
            Files.createDirectories(files);
            Path target = files.resolve(file.fileName());
            for (int n = 2; Files.exists(target); n++) {
                target = files.resolve(n + "-" + file.fileName());
            }
            Files.write(target, file.bytes());
            return target.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file.fileName() + " in " + files.toAbsolutePath(), e);
        }
    }

    private String render(Reply reply, Optional<Path> saved) {
        StringBuilder text = new StringBuilder();
        saved.ifPresent(path -> text.append(reply.attachment().kind() == Attachment.Kind.PHOTO ? "[картинка] "
                : "[документ] ").append(path).append('\n'));
        text.append(Html.toPlain(reply.text()));
        int number = 1;
        for (List<Button> row : reply.keyboard()) {
            text.append('\n');
            for (int i = 0; i < row.size(); i++) {
                text.append(i == 0 ? "" : "  ").append('[').append(number++).append("] ").append(row.get(i).label());
            }
        }
        return text.append('\n').toString();
    }

    private String toJson(Reply reply, Optional<Path> saved) {
        ObjectNode node = mapper.createObjectNode();
        node.put("turn", turn);
        node.put("text", Html.toPlain(reply.text()));
        reply.kindOf().ifPresent(kind -> node.put("kind", kind));
        saved.ifPresent(path -> node.put(reply.attachment().kind() == Attachment.Kind.PHOTO ? "photo" : "document",
                path.toString()));
        ArrayNode buttons = node.putArray("buttons");
        reply.buttons().forEach(b -> buttons.addObject().put("label", b.label()).put("data", b.encoded()));
        try {
            return mapper.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
