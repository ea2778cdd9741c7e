package ru.sleepbot.chat;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file that goes with a reply: a picture (the diary's chart, sent as a photo) or a document (a PDF
 * summary, exported data). The reply's text is its caption. The bytes are kept as they are sent,
 * so that a durable outbox can store them and a channel can upload them.
 */
public record Attachment(Kind kind, String fileName, String mimeType, byte[] bytes) {

    /** A photo is shown inline in the chat; a document is a file to open or save. */
    public enum Kind { PHOTO, DOCUMENT }

    public Attachment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(bytes, "bytes");
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("a plain file name is needed: " + fileName);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment a && a.kind == kind && a.fileName.equals(fileName)
                && a.mimeType.equals(mimeType) && Arrays.equals(a.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, fileName, mimeType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Attachment[" + kind + " " + fileName + ", " + bytes.length + " bytes]";
    }
}
