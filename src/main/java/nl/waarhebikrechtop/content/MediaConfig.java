package nl.waarhebikrechtop.content;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the logo and images that editors keep in {@code content/media/} at {@code /media/...}. */
@Configuration
class MediaConfig implements WebMvcConfigurer {

    private final ContentService content;

    MediaConfig(ContentService content) {
        this.content = content;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/media/**")
                .addResourceLocations(content.mediaDirectory().toUri().toString());
    }
}
