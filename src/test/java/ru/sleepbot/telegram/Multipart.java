package ru.sleepbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Reads a multipart/form-data Bot API call (sendPhoto, sendDocument) as the fake Bot API records
 * calls: text fields as they are, a file part as {@code {"filename", "content_type", "base64"}}.
 */
final class Multipart {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("(?<!file)name=\"([^\"]+)\"");
    private static final Pattern FILE = Pattern.compile("filename=\"([^\"]*)\"");

    private Multipart() {
    }

    static ObjectNode fields(RecordedRequest request) {
        String type = request.getHeader("Content-Type");
        String boundary = type.substring(type.indexOf("boundary=") + "boundary=".length()).replace("\"", "");
        ObjectNode out = JSON.createObjectNode();
        try (MultipartReader reader = new MultipartReader(request.getBody(), boundary)) {
            MultipartReader.Part part;
            while ((part = reader.nextPart()) != null) {
                String disposition = part.headers().get("Content-Disposition");
                Matcher name = NAME.matcher(disposition);
                if (!name.find()) {
                    continue;
                }
                Matcher file = FILE.matcher(disposition);
                byte[] bytes = part.body().readByteArray();
                if (file.find()) {
                    out.putObject(name.group(1)).put("filename", file.group(1))
                            .put("content_type", part.headers().get("Content-Type"))
                            .put("base64", Base64.getEncoder().encodeToString(bytes));
                } else {
                    out.put(name.group(1), new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
