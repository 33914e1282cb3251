// Thin entrypoint: mounts the options page with the real criteria, catalogue, boards and browser.
import { render } from 'preact';
import { criteria } from '../../src/classifier/criteria';
import { defaultCatalogue } from '../../src/training/catalogue';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { samplePostings } from '../../src/ui/options/samples';
import { siteList } from '../../src/ui/options/site-list';
import '../../src/ui/options/options.css';

const ALL_URLS = { origins: ['<all_urls>'] };

render(
  <OptionsApp
    criteria={criteria}
    shippedCatalogue={defaultCatalogue}
    sites={siteList()}
    samples={samplePostings}
    permission={{
      request: () => browser.permissions.request(ALL_URLS),
      remove: async () => {
        await browser.permissions.remove(ALL_URLS);
      },
    }}
  />,
  document.getElementById('app')!,
);
