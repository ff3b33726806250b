package nl.waarhebikrechtop.route.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.server.VaadinSession;
import nl.waarhebikrechtop.route.RouteProfile;
import nl.waarhebikrechtop.route.RouteProfileHolder;
import nl.waarhebikrechtop.route.RouteTag;
import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * Lets residents see and change what the walkthrough assumes about them, with or without the check. The choice
 * lives in the session only. Cost-sharing figures from the check are kept while "housemates" stays ticked.
 */
class SituationPicker extends NativeDetails {

    SituationPicker(@Nullable RouteProfile current, Runnable changed) {
        addClassName("route-situation");
        setSummaryText(getTranslation("route.situation.summary"));
        CheckboxGroup<RouteTag> situations = new CheckboxGroup<>(getTranslation("route.situation.label"));
        situations.setItems(RouteTag.values());
        situations.setItemLabelGenerator(tag -> getTranslation("route.situation." + tag.key()));
        if (current != null) {
            situations.setValue(current.tags());
        }
        Button apply = new Button(getTranslation("route.situation.apply"), e -> {
            RouteProfileHolder.set(VaadinSession.getCurrent(), profile(situations.getValue(), current));
            changed.run();
        });
        apply.addClassName("route-situation-apply");
        Button clear = new Button(getTranslation("route.situation.clear"), e -> {
            RouteProfileHolder.clear(VaadinSession.getCurrent());
            changed.run();
        });
        clear.addClassName("route-situation-clear");
        Div buttons = new Div(apply, clear);
        buttons.addClassName("route-actions");
        setContent(new Div(situations, buttons));
    }

    private static RouteProfile profile(Set<RouteTag> tags, @Nullable RouteProfile current) {
        RouteProfile chosen = RouteProfile.of(tags.toArray(RouteTag[]::new));
        boolean keepFigures = current != null && current.costSharing() != null && chosen.housemates();
        return keepFigures ? chosen.withCostSharing(current.costSharing()) : chosen;
    }
}
