package nl.waarhebikrechtop.check.internal;

/** A counter's name and how often it was counted (on a day, or added up over a period). */
record CounterTotal(String name, Long occurrences) {
}
