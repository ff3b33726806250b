/** The caseworker's screens for submitted applications: the queue and one application with its steps. */
package nl.waarhebikrechtop.casework;
