package ru.sleepbot.safety;

/**
 * One way a sign shows: every item of {@code all} (each a set of alternative concepts) occurs
 * within {@code window} words, none of {@code unless} within {@code reach} words of them, none
 * of {@code unlessAnywhere} in the message, the message is about one of {@code who} (when given)
 * and has from {@code minWords} to {@code maxWords} words; every item of {@code earlier} is in the
 * message or was in the conversation before it (anywhere: no window). Concept ids throughout. {@code detail}
 * names what this rule saw ("tongue", "regression"), so the reply speaks about what the user said;
 * {@code scope} keeps all items in one sentence or one clause (between two commas) when asked.
 * {@code notAbout}: the rule does not hold when a person of these concepts is named nearer to its
 * words than anyone grown up ({@code grown}, -1 when the rules name no such concept): a drooping
 * face told of "мама" stays a stroke in a story that mentions the children elsewhere.
 * {@code refines}: positions in the rule book's signs of general signs this rule names more
 * precisely: it holds only where one of them shows, with every item of {@code all} within
 * {@code window} words of that sign's words (a seizure, as the seizure sign reads it, in a
 * feverish child is a febrile seizure). Empty for an ordinary rule.
 */
record Rule(int[][] all, int[] unless, int[] unlessAnywhere, int[] who, int[][] earlier, int window, int reach,
            int minWords, int maxWords, String detail, Scope scope, int[] notAbout, int grown, int[] refines) {

    /** How far apart the items of {@code all} may stand, besides the window. */
    enum Scope { MESSAGE, SENTENCE, CLAUSE }

    static final int DEFAULT_WINDOW = 12;
    /** A veto speaks about the words it stands next to: "судороги в ногах", "у меня были судороги". */
    static final int DEFAULT_REACH = 6;

    Rule {
        if (all.length == 0) {
            throw new IllegalArgumentException("a rule needs at least one concept in 'all'");
        }
        detail = detail == null ? "" : detail;
        scope = scope == null ? Scope.MESSAGE : scope;
        refines = refines == null ? new int[0] : refines;
        if (window < 1 || reach < 0) {
            throw new IllegalArgumentException("window must be positive and reach not negative");
        }
    }
}
