import { LitElement, html, css } from 'lit';
import { JsonRpc } from 'jsonrpc';
import '@vaadin/grid';
import '@vaadin/button';

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
            <vaadin-grid .items=${this._snapshot.credentialSets} all-rows-visible theme="no-border">
                <vaadin-grid-column path="clientId" header="Client id" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="authUrl" header="Auth URL" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="tokenExpiresAt" header="Token expires" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="lastAuthTime" header="Last authentication" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="lastAuthResult" header="Result" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="lastAuthMessage" header="Message" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="healthy" header="Healthy" auto-width></vaadin-grid-column>
            </vaadin-grid>
            <h3>Consumers</h3>
            <vaadin-grid .items=${this._snapshot.consumers} all-rows-visible theme="no-border">
                <vaadin-grid-column path="routeId" header="Route" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="operation" header="Operation" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="watermark" header="Watermark" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="lagSeconds" header="Lag (s)" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="lastPollTime" header="Last poll" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="lastPollResult" header="Result" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="lastPollDelivered" header="Delivered by it" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="lastPollError" header="Error" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="delivered" header="Delivered" auto-width></vaadin-grid-column>
            </vaadin-grid>
            <h3>Calls (${this._snapshot.requestsTotal})</h3>
            <vaadin-grid .items=${this._counts(this._snapshot.requests)} all-rows-visible theme="no-border">
                <vaadin-grid-column path="name" header="Operation" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="counts" header="By status" auto-width></vaadin-grid-column>
            </vaadin-grid>
            <h3>Retries</h3>
            <vaadin-grid .items=${this._counts(this._snapshot.retries)} all-rows-visible theme="no-border">
                <vaadin-grid-column path="name" header="Cause" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="counts" header="Count" auto-width></vaadin-grid-column>
            </vaadin-grid>
        `;
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
