package nl.waarhebikrechtop.route.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinSession;
import nl.waarhebikrechtop.route.RouteStep;

import java.util.List;

/** A checklist whose ticks are remembered in the session, so they are still there on the next step or page. */
class ChecklistBox extends UnorderedList {

    ChecklistBox(List<RouteStep.ChecklistItem> items) {
        addClassName("route-checklist");
        TickedItems ticked = TickedItems.of(VaadinSession.getCurrent());
        for (RouteStep.ChecklistItem item : items) {
            Checkbox box = new Checkbox(item.text(), ticked.isTicked(item.key()));
            box.setId("check-" + item.key().replaceAll("[^a-z0-9-]", "-"));
            box.addValueChangeListener(e -> ticked.set(item.key(), e.getValue()));
            add(new ListItem(box));
        }
    }
}
