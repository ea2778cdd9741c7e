package ru.sleepbot.diary;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A flowing A4 document: headings, wrapped paragraphs, bullet lines and a picture, new pages as
 * needed. The font is {@link Fonts}' Liberation Sans, embedded as a subset; headings are drawn
 * bolder by stroking the glyphs, since only the regular face ships with PDFBox. Not thread-safe:
 * one per document.
 */
final class PdfText implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float BODY = 11;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    PdfText(Fonts fonts, String title) {
        try {
            this.font = PDType0Font.load(document, fonts.ttf(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the font", e);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Дрёма");
        newPage();
    }

    void heading(String text, float size) {
        space(size * 0.6f);
        paragraph(text, size, true, 0);
        space(size * 0.2f);
    }

    void paragraph(String text) {
        paragraph(text, BODY, false, 0);
    }

    void bullet(String text) {
        paragraph("• " + text, BODY, false, 10);
    }

    void small(String text) {
        paragraph(text, BODY - 2, false, 0);
    }

    void space(float points) {
        y -= points;
    }

    /** A picture {@code width} points wide, centred, on this page if it fits, else on the next. */
    void picture(BufferedImage image, float width) {
        float height = width * image.getHeight() / image.getWidth();
        if (y - height < MARGIN) {
            newPage();
        }
        try {
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            y -= height;
            page.drawImage(xobject, (PDRectangle.A4.getWidth() - width) / 2, y, width, height);
            y -= 6;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add the picture", e);
        }
    }

    private void paragraph(String text, float size, boolean bold, float indent) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        for (String line : wrap(text, size, width)) {
            if (y - size * LEADING < MARGIN) {
                newPage();
            }
            y -= size * LEADING;
            write(line, size, bold, MARGIN + indent);
        }
    }

    private void write(String line, float size, boolean bold, float x) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            page.setLineWidth(size * 0.04f);
            page.newLineAtOffset(x, y);
            page.showText(line);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a line", e);
        }
    }

    /** Breaks a paragraph into lines that fit {@code width}, at spaces (a word longer than a line is cut). */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String part : text.replace('\t', ' ').split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : part.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, size) <= width || line.length() == 0 && width(word, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, size) > width) {
                    int cut = Math.max(1, (int) (word.length() * width / width(word, size)) - 1);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size * 0.6f; // a character the font lacks: measured as an average one
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a page", e);
        }
    }

    byte[] bytes() {
        try {
            page.close();
            page = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the PDF", e);
        }
    }

    @Override
    public void close() {
        try {
            if (page != null) {
                page.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the PDF", e);
        }
    }
}
