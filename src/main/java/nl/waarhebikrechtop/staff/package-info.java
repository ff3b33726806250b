/**
 * Pages for municipal staff that belong to no single feature, such as the list of amounts to check. Views only;
 * the data comes from the other modules' public services.
 */
package nl.waarhebikrechtop.staff;
