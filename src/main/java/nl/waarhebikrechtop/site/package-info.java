/** The site's own pages: the start page and the editor-written pages (privacy, accessibility, contact). */
package nl.waarhebikrechtop.site;
