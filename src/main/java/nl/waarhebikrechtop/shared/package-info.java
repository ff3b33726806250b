/**
 * Shared building blocks every feature may use: the page layout and small UI components ({@code shared.ui}) and
 * the language support ({@code shared.i18n}). It holds no feature logic and depends only on {@code content}.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.waarhebikrechtop.shared;

import org.springframework.modulith.ApplicationModule;
