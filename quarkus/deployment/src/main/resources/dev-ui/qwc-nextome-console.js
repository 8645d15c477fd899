import { LitElement, html, css } from 'lit';
import { JsonRpc } from 'jsonrpc';
import '@vaadin/grid';
import '@vaadin/button';

const CREDENTIAL_COLUMNS = [
    ['clientId', 'Client id'], ['authUrl', 'Auth URL'], ['tokenExpiresAt', 'Token expires'],
    ['lastAuthTime', 'Last authentication'], ['lastAuthResult', 'Result'], ['lastAuthMessage', 'Message'],
    ['healthy', 'Healthy']
];
const CONSUMER_COLUMNS = [
    ['routeId', 'Route'], ['operation', 'Operation'], ['watermark', 'Watermark'], ['lagSeconds', 'Lag (s)'],
    ['lastPollTime', 'Last poll'], ['lastPollResult', 'Result'], ['lastPollDelivered', 'Delivered by it'],
    ['lastPollError', 'Error'], ['delivered', 'Delivered']
];

/**
 * What the nextome dev console shows (credential sets, consumers, calls), from the extension's JSON-RPC service.
 * Read on opening and on "Refresh"; the service never returns a secret or a token.
 */
export class QwcNextomeConsole extends LitElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host { display: flex; flex-direction: column; gap: 10px; padding: 10px; }
        h3 { margin: 10px 0 0 0; }
        vaadin-grid { height: auto; }
    `;

    static properties = {
        _snapshot: { state: true }
    };

    connectedCallback() {
        super.connectedCallback();
        this._refresh();
    }

    render() {
        if (!this._snapshot) {
            return html`<span>Loading...</span>`;
        }
        const refresh = html`<vaadin-button @click=${() => this._refresh()}>Refresh</vaadin-button>`;
        if (!this._snapshot.credentialSets) {
            return html`${refresh}<span>No Nextome endpoint has started.</span>`;
        }
        return html`
            ${refresh}
            <h3>Credential sets</h3>
            ${this._grid(this._snapshot.credentialSets, CREDENTIAL_COLUMNS)}
            <h3>Consumers</h3>
            ${this._grid(this._snapshot.consumers, CONSUMER_COLUMNS)}
            <h3>Calls (${this._snapshot.requestsTotal})</h3>
            ${this._grid(this._counts(this._snapshot.requests), [['name', 'Operation'], ['counts', 'By status']])}
            <h3>Retries</h3>
            ${this._grid(this._counts(this._snapshot.retries), [['name', 'Cause'], ['counts', 'Count']])}
        `;
    }

    /** A grid of the items, one column per [field, header]. */
    _grid(items, columns) {
        return html`
            <vaadin-grid .items=${items} all-rows-visible theme="no-border">
                ${columns.map(([path, header]) => html`
                    <vaadin-grid-column path=${path} header=${header} auto-width></vaadin-grid-column>`)}
            </vaadin-grid>`;
    }

    /** {"trackables/get": {"2xx": 3}} or {"timeout": 2} as grid rows. */
    _counts(map) {
        return Object.entries(map || {}).map(([name, value]) => ({
            name,
            counts: typeof value === 'object'
                ? Object.entries(value).map(([status, count]) => `${status}: ${count}`).join(', ')
                : value
        }));
    }

    _refresh() {
        this.jsonRpc.getSnapshot().then(response => {
            this._snapshot = response.result;
        });
    }
}

customElements.define('qwc-nextome-console', QwcNextomeConsole);
