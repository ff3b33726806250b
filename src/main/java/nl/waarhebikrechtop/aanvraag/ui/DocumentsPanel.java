package nl.waarhebikrechtop.aanvraag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import nl.waarhebikrechtop.aanvraag.Application;
import nl.waarhebikrechtop.aanvraag.ApplicationDocuments;
import nl.waarhebikrechtop.aanvraag.Document;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Upload proof (PDF, JPG, PNG) and see what was sent. The browser already refuses other types and too large files,
 * but the server decides: {@link ApplicationDocuments} reads the type from the content and enforces the limits. Every
 * refusal is said in words next to the upload, with the file's name.
 */
class DocumentsPanel extends Div {

    /** Stores a received file; empty when there is nothing to attach it to yet (the household is not valid). */
    interface Attacher {
        Optional<ApplicationDocuments.Outcome> attach(String fileName, byte[] content);
    }

    private final Attacher attacher;
    private final ApplicationDocuments documents;
    private final Supplier<Application> application;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Upload upload;

    /**
     * @param application the application as it is now (a draft changes when its first file stores it)
     */
    DocumentsPanel(String introKey, ApplicationDocuments documents, Supplier<Application> application,
                   Attacher attacher) {
        this.attacher = attacher;
        this.documents = documents;
        this.application = application;
        addClassName("documents-panel");
        BoundedUploadHandler handler = new BoundedUploadHandler(this::receive,
                fileName -> showError(fileName, getTranslation("documents.error.busy")));
        handler.whenComplete((transfer, succeeded) -> {
            if (!succeeded) {
                showError(transfer.fileName(), getTranslation("documents.error.failed"));
            }
        });
        upload = new Upload(handler);
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFileSize(ApplicationDocuments.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setI18n(texts());
        upload.addFileRejectedListener(e -> showError(e.getFileName(), e.getErrorMessage()));
        upload.getElement().setAttribute("aria-describedby", "documents-rules");
        Paragraph rules = new Paragraph(getTranslation("documents.rules", ApplicationDocuments.MAX_DOCUMENTS));
        rules.setId("documents-rules");
        rules.addClassName("hint");
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        status.getElement().setAttribute("role", "status");
        none.setText(getTranslation("documents.none"));
        add(new H2(getTranslation("documents.title")), new Paragraph(getTranslation(introKey)), rules, list, none,
                upload, error, status);
        refresh();
    }

    /** What the upload hands over once a file has arrived (package-private for tests). */
    void receive(String fileName, byte[] content) {
        upload.clearFileList();
        Optional<ApplicationDocuments.Outcome> outcome = attacher.attach(fileName, content);
        if (outcome.isEmpty()) {
            showError(fileName, getTranslation("documents.error.householdFirst"));
            return;
        }
        if (!outcome.get().accepted()) {
            showError(fileName, getTranslation(outcome.get().problem(), ApplicationDocuments.MAX_DOCUMENTS));
            return;
        }
        error.setVisible(false);
        status.setText(getTranslation("documents.added", outcome.get().document().fileName()));
        refresh();
    }

    private void showError(String fileName, String message) {
        error.setText(getTranslation("documents.error.withName", fileName == null ? "" : fileName, message));
        error.setVisible(true);
        status.setText("");
    }

    private void refresh() {
        Application current = application.get();
        List<Document> documents = this.documents.documents(current.id());
        Predicate<Document> removable = this.documents.removable(current);
        list.removeAll();
        for (Document document : documents) {
            ListItem item = new ListItem(new Span(getTranslation("documents.item", document.fileName(),
                    document.readableSize(getLocale()))));
            if (removable.test(document)) {
                Button remove = new Button(getTranslation("documents.remove"), e -> {
                    this.documents.remove(application.get(), document.id());
                    status.setText(getTranslation("documents.removed", document.fileName()));
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("documents.removeNamed", document.fileName()));
                item.add(remove);
            }
            list.add(item);
        }
        list.setVisible(!documents.isEmpty());
        none.setVisible(documents.isEmpty());
    }

    private UploadI18N texts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("documents.upload.drop"))
                .setMany(getTranslation("documents.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("documents.upload.add"))
                .setMany(getTranslation("documents.upload.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("documents.error.tooMany",
                        ApplicationDocuments.MAX_DOCUMENTS))
                .setFileIsTooBig(getTranslation("documents.error.tooLarge"))
                .setIncorrectFileType(getTranslation("documents.error.type")));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("documents.upload.retry"))
                .setStart(getTranslation("documents.upload.start"))
                .setRemove(getTranslation("documents.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("documents.upload.connecting"))
                        .setStalled(getTranslation("documents.upload.stalled"))
                        .setProcessing(getTranslation("documents.upload.processing"))
                        .setHeld(getTranslation("documents.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("documents.upload.remaining"))
                        .setUnknown(getTranslation("documents.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("documents.error.failed"))
                        .setUnexpectedServerError(getTranslation("documents.error.failed"))
                        .setForbidden(getTranslation("documents.error.failed"))
                        .setFileTooLarge(getTranslation("documents.error.tooLarge"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }

    /**
     * Keeps the file in memory, but never more than the limit: Vaadin refuses a larger request before reading it,
     * and {@link UploadSlots} bounds how many are read at once, so forged requests cannot fill the heap.
     */
    private static final class BoundedUploadHandler extends InMemoryUploadHandler {

        /** Shared by every upload on this node. */
        private static final UploadSlots SLOTS = new UploadSlots(UploadSlots.CONCURRENT_UPLOADS);

        private final SerializableConsumer<String> onBusy;

        BoundedUploadHandler(Receiver receiver, SerializableConsumer<String> onBusy) {
            super((metadata, bytes) -> receiver.received(metadata.fileName(), bytes));
            this.onBusy = onBusy;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            if (!SLOTS.tryTake()) {
                event.reject("busy");
                String fileName = event.getFileName();
                event.getUI().access(() -> onBusy.accept(fileName));
                return;
            }
            try {
                super.handleUploadRequest(event);
            } finally {
                SLOTS.release();
            }
        }

        @Override
        public long getFileSizeMax() {
            return ApplicationDocuments.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return ApplicationDocuments.MAX_BYTES + 64 * 1024L;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }

    @FunctionalInterface
    private interface Receiver extends java.io.Serializable {
        void received(String fileName, byte[] content);
    }
}
