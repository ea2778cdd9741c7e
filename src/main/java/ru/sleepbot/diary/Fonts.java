package ru.sleepbot.diary;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of charts and PDFs: Liberation Sans (Cyrillic included), which PDFBox ships in
 * its jar for its own font fallback. Taking it from a dependency means a headless server needs no
 * system fonts; every text the chart and the PDF draw uses it, never a logical font like "SansSerif".
 */
public final class Fonts {

    static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final byte[] bytes;
    private final Font base;

    private Fonts(byte[] bytes, Font base) {
        this.bytes = bytes;
        this.base = base;
    }

    public static Fonts load() {
        try (InputStream in = Fonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font " + RESOURCE + " not on the classpath (PDFBox's jar)");
            }
            byte[] bytes = in.readAllBytes();
            return new Fonts(bytes, Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("not a TrueType font: " + RESOURCE, e);
        }
    }

    /** The font at {@code size} pixels; bold is drawn by Java2D from the regular face. */
    public Font awt(float size, boolean bold) {
        return base.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
    }

    /** The TrueType file, for embedding in a PDF. */
    InputStream ttf() {
        return new java.io.ByteArrayInputStream(bytes);
    }
}
