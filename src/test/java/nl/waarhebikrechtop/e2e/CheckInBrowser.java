package nl.waarhebikrechtop.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.util.function.Consumer;

/**
 * The check filled in as a resident does, in a real browser: a single parent of 35 in Assen with a child of 9 at
 * primary school and 1,200 a month from work, ending on the results page.
 */
final class CheckInBrowser {

    private CheckInBrowser() {
    }

    /**
     * @param onScreen called with each screen's heading once it is shown (e.g. to scan it with axe-core)
     */
    static void complete(BrowserSession.Tab tab, Consumer<String> onScreen) {
        Page page = tab.page;
        tab.go("check");
        radio(page, "Assen");
        next(tab, "U en uw partner", onScreen);
        page.getByLabel("Hoe oud bent u?").fill("35");
        radio(page, "Nee");
        next(tab, "Kinderen", onScreen);
        page.getByLabel("Hoeveel kinderen wonen er bij u?").fill("1");
        page.getByLabel("Hoeveel kinderen wonen er bij u?").blur();
        page.getByLabel("Leeftijd").first().fill("9");
        page.getByLabel("Naar welke school gaat dit kind?").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Basisschool")).click();
        next(tab, "Anderen in uw huis", onScreen);
        page.getByLabel("Hoeveel andere volwassenen wonen er bij u?").fill("0");
        next(tab, "Inkomen", onScreen);
        page.getByLabel("Loon of winst uit werk").fill("1.200");
        page.getByLabel("Uitkering of pensioen").fill("0");
        page.getByLabel("Alimentatie voor uzelf").fill("0");
        page.getByLabel("Ander inkomen").fill("0");
        next(tab, "Spaargeld en woning", onScreen);
        page.getByLabel("Hoeveel spaargeld en bezit heeft u samen?").fill("500");
        radio(page, "Nee");
        next(tab, "Schulden", onScreen);
        radio(page, "Nee");
        next(tab, "Uitkering nu", onScreen);
        radio(page, "Nee");
        page.getByLabel("Hoe lang heeft u al een laag inkomen? In maanden").fill("12");
        next(tab, "Huur", onScreen);
        page.getByLabel("Hoeveel huur betaalt u per maand?").fill("650");
        next(tab, "Kloppen uw antwoorden?", onScreen);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijk de uitkomst")).click();
        heading(tab, "Waar heeft u waarschijnlijk recht op?", onScreen);
    }

    static void radio(Page page, String option) {
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(option).setExact(true)).first().check();
    }

    private static void next(BrowserSession.Tab tab, String nextHeading, Consumer<String> onScreen) {
        tab.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
        heading(tab, nextHeading, onScreen);
    }

    /** Waits until the page's heading reads {@code text}, then hands it to {@code onScreen}. */
    static void heading(BrowserSession.Tab tab, String text, Consumer<String> onScreen) {
        tab.page.waitForCondition(() -> text.equals(tab.page.locator("main h1").first().textContent()));
        onScreen.accept(text);
    }
}
