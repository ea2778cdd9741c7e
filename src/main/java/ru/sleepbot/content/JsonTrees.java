package ru.sleepbot.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * The YAML trees of {@code intents/safety/} in the snapshot: node by node with its exact type, so
 * that the tree read back equals the one parsed (an int stays an int), without a parser.
 */
final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private enum Kind { OBJECT, ARRAY, TEXT, INT, LONG, BIG_INTEGER, DOUBLE, FLOAT, DECIMAL, BOOLEAN, NULL, MISSING }

    private JsonTrees() {
    }

    static void write(JsonNode node, SnapshotOut out) {
        Kind kind = kindOf(node);
        out.integer(kind.ordinal());
        switch (kind) {
            case OBJECT -> {
                out.integer(node.size());
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    out.string(field.getKey());
                    write(field.getValue(), out);
                }
            }
            case ARRAY -> {
                out.integer(node.size());
                node.forEach(item -> write(item, out));
            }
            case INT -> out.integer(node.intValue());
            case BOOLEAN -> out.bool(node.booleanValue());
            case NULL, MISSING -> { }
            default -> out.string(node.asText());
        }
    }

    static JsonNode read(SnapshotIn in) {
        int ordinal = in.integer();
        if (ordinal < 0 || ordinal >= Kind.values().length) {
            throw new java.io.UncheckedIOException(new java.io.IOException("damaged snapshot: node kind " + ordinal));
        }
        return switch (Kind.values()[ordinal]) {
            case OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (int i = in.size(); i > 0; i--) {
                    object.set(in.string(), read(in));
                }
                yield object;
            }
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = in.size(); i > 0; i--) {
                    array.add(read(in));
                }
                yield array;
            }
            case TEXT -> NODES.textNode(in.string());
            case INT -> NODES.numberNode(in.integer());
            case LONG -> NODES.numberNode(Long.parseLong(in.string()));
            case BIG_INTEGER -> NODES.numberNode(new BigInteger(in.string()));
            case DOUBLE -> NODES.numberNode(Double.parseDouble(in.string()));
            case FLOAT -> NODES.numberNode(Float.parseFloat(in.string()));
            case DECIMAL -> NODES.numberNode(new BigDecimal(in.string()));
            case BOOLEAN -> NODES.booleanNode(in.bool());
            case NULL -> NODES.nullNode();
            case MISSING -> MissingNode.getInstance();
        };
    }

    private static Kind kindOf(JsonNode node) {
        if (node.isMissingNode()) {
            return Kind.MISSING;
        }
        if (node.isNumber()) {
            return switch (node.numberType()) {
                case INT -> Kind.INT;
                case LONG -> Kind.LONG;
                case BIG_INTEGER -> Kind.BIG_INTEGER;
                case DOUBLE -> Kind.DOUBLE;
                case FLOAT -> Kind.FLOAT;
                case BIG_DECIMAL -> Kind.DECIMAL;
            };
        }
        return switch (node.getNodeType()) {
            case OBJECT -> Kind.OBJECT;
            case ARRAY -> Kind.ARRAY;
            case STRING -> Kind.TEXT;
            case BOOLEAN -> Kind.BOOLEAN;
            case NULL -> Kind.NULL;
            default -> throw new IllegalArgumentException("no snapshot form for a YAML node of type " + node.getNodeType());
        };
    }
}
