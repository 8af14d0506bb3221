"""
Writes the OpenAPI examples (src/main/resources/openapi/examples/) from the answers of a fresh demo start of
Lumbung, so that they are the service's real answers about the demo catalogue. It records a few things (an alias,
an indicator, a synonym, a user, an API key): run it against a throw-away start, from the repository's root:

    LUMBUNG_BOOTSTRAP_ADMIN_PASSWORD=... LUMBUNG_DATA_DIR=$(mktemp -d) java -jar target/quarkus-app/quarkus-run.jar &
    python3 tools/openapi-examples.py http://localhost:8080 src/main/resources/openapi/examples "$PASSWORD" \
        src/main/resources/demo
"""
import base64, json, os, sys, urllib.request, urllib.error
B = sys.argv[1]
OUT = sys.argv[2]
ADMIN = ('admin', sys.argv[3])
DEMO = sys.argv[4]
os.makedirs(OUT, exist_ok=True)

def call(method, path, body=None, auth=ADMIN, ctype='application/json', raw=False):
    data = None
    if body is not None:
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    req = urllib.request.Request(B + path, data=data, method=method)
    if data is not None:
        req.add_header('Content-Type', ctype)
    if auth:
        req.add_header('Authorization', 'Basic ' + base64.b64encode(f'{auth[0]}:{auth[1]}'.encode()).decode())
    try:
        with urllib.request.urlopen(req) as r:
            text = r.read().decode()
    except urllib.error.HTTPError as e:
        sys.exit(f'{method} {path}: {e.code} {e.read().decode()}')
    return text if raw else (json.loads(text) if text else None)

def write(name, value):
    with open(os.path.join(OUT, name), 'w') as f:
        if isinstance(value, str):
            f.write(value if value.endswith('\n') else value + '\n')
        else:
            json.dump(value, f, ensure_ascii=False, indent=2)
            f.write('\n')

COLLECTIONS = {'items', 'hits', 'children', 'changes', 'suggestions', 'most_replicated', 'top_source_regions',
               'top_adopter_regions', 'as_adopter', 'as_source', 'explanations', 'reasons', 'alasan'}

def trim(value, n=2, top=True):
    """The collections of an answer cut to their first n records (an example shows the shape, not the whole
    catalogue); the lists inside a record (allowed_next, themes, a history) stay whole."""
    if isinstance(value, list):
        return [trim(v, n, False) for v in (value[:n] if top else value)]
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k == 'facets' and isinstance(v, dict):
                out[k] = {dim: values[:n] for dim, values in v.items()}
            elif k in COLLECTIONS and isinstance(v, list):
                out[k] = [trim(x, n, False) for x in v[:n]]
            else:
                out[k] = trim(v, n, False)
        return out
    return value

def demo_line(file, key, value):
    for line in open(os.path.join(DEMO, file)):
        d = json.loads(line)
        if d.get(key) == value:
            return line.strip(), d
    sys.exit(f'{file}: no {key}={value}')

# --- innovations
gertak_line, gertak = demo_line('innovations.jsonl', 'slug', 'gertak-trenggalek')
write('InnovationInput.json', gertak)
write('InnovationView.json', call('GET', '/api/v1/innovations/gertak-trenggalek', auth=None))
write('PageInnovationSummary.json', call('GET', '/api/v1/innovations?province=35&limit=2', auth=None))
write('Revision.list.json', trim(call('GET', '/api/v1/innovations/gertak-trenggalek/history'), 3))
write('innovations-import.ndjson', gertak_line)
write('ImportReport.json', call('POST', '/api/v1/innovations/import?dryRun=true', gertak_line, ctype='application/x-ndjson'))
export = call('GET', '/api/v1/innovations/export?format=ndjson', auth=None, raw=True)
write('innovations-export.ndjson', next(l for l in export.splitlines() if '"gertak-trenggalek"' in l))
csv = call('GET', '/api/v1/innovations/export?format=csv', auth=None, raw=True).splitlines()
write('innovations-export.csv', '\n'.join([csv[0]] + [l for l in csv[1:] if l.startswith('gertak-trenggalek,')]))
write('Confirmation.json', {'running_status': 'berjalan', 'confirmed_on': '2025-06-30'})
write('WorkflowMove.json', {'status': 'in_review'})
write('ThemeView.list.json', trim(call('GET', '/api/v1/themes', auth=None), 3))
# --- replications (1: Gertak studied by Kabupaten Blora)
rep_line, rep = demo_line('replications.jsonl', 'source_slug', 'gertak-trenggalek')
write('replications-import.ndjson', rep_line)
write('ReplicationImportReport.json', call('POST', '/api/v1/replications/import?dryRun=true', rep_line, ctype='application/x-ndjson'))
view = call('GET', '/api/v1/replications/1', auth=None)
write('ReplicationView.json', view)
write('PublicationMove.json', {'publication': 'published'})
write('ReplicationInput.json', {'source_slug': rep['source_slug'], 'adopter_region_code': rep['adopter_region_code'],
                                'status': 'studi_tiru', 'notes': rep['note'], 'source_urls': rep['source_urls']})
write('ReplicationDetails.json', {k: view[k] for k in ('year', 'learning_event', 'derived_slug', 'notes', 'adaptation',
                                  'outcomes', 'evidence', 'legal_basis') if k in view})
write('TransitionInput.json', {'status': 'kesepakatan', 'date': '2023-09-01', 'note': 'Nota kesepakatan Blora dan Trenggalek ditandatangani'})
write('PageReplicationView.json', call('GET', '/api/v1/replications?source=gertak-trenggalek', auth=None))
rexp = call('GET', '/api/v1/replications/export?format=ndjson', auth=None, raw=True).splitlines()
write('replications-export.ndjson', rexp[0])
rcsv = call('GET', '/api/v1/replications/export?format=csv', auth=None, raw=True).splitlines()
write('replications-export.csv', '\n'.join(rcsv[:2]))
write('Lineage.json', call('GET', '/api/v1/innovations/uptpk-sragen/lineage', auth=None))
write('RegionReplications.json', trim(call('GET', '/api/v1/regions/33.16/replications', auth=None)))
summary = trim(call('GET', '/api/v1/replications/analytics', auth=None), 3)
for by in ('by_theme', 'by_province', 'by_year'):
    summary[by] = dict(list(summary[by].items())[:2])
write('Summary.json', summary)
write('StalledList.json', trim(call('GET', '/api/v1/replications/stalled')))
# --- regions
write('RegionList.json', trim(call('GET', '/api/v1/regions?type=provinsi&limit=2', auth=None)))
write('RegionDetail.json', trim(call('GET', '/api/v1/regions/35.03', auth=None), 3))
write('ForRegion.json', trim(call('GET', '/api/v1/regions/61.04/recommendations?limit=2', auth=None)))
write('AliasInput.json', {'alias': 'Kutai Kertanegara', 'kind': 'varian'})
write('AliasView.json', call('POST', '/api/v1/regions/64.02/aliases', {'alias': 'Kutai Kertanegara', 'kind': 'varian'}))
stat = next(json.loads(l) for l in open(os.path.join(DEMO, 'region_stats.jsonl')) if '"64.02"' in l)
indicator = {'indicator': stat['indicator'], 'period': stat['period'], 'value': stat['value'], 'source': stat['source_url']}
write('IndicatorInput.json', indicator)
write('IndicatorView.json', call('PUT', '/api/v1/regions/64.02/indicators', indicator))
write('RegionRevision.list.json', trim(call('GET', '/api/v1/regions/64.02/history'), 3))
districts = open(os.path.join(DEMO, '..', 'area-data', 'districts.csv')).read().splitlines()
rows = '\n'.join([districts[0]] + [l for l in districts if l.startswith('35.03.')][:2]) + '\n'
write('regions-import.csv', rows)
write('AreaImportReport.json', call('POST', '/api/v1/regions/import', rows, ctype='text/csv'))
# --- search
write('SearchResult.json', trim(call('GET', '/api/v1/search?q=gertak&limit=2', auth=None)))
write('Suggestions.json', trim(call('GET', '/api/v1/search/suggest?q=kalb', auth=None), 3))
write('SimilarList.json', call('GET', '/api/v1/innovations/gertak-trenggalek/similar?limit=2', auth=None))
write('IndexStatus.json', call('GET', '/api/v1/search/index', auth=None))
synonym = {'rule': 'jamkesda, jaminan kesehatan daerah', 'kind': 'padanan'}
write('SynonymInput.json', synonym)
write('SynonymView.json', call('POST', '/api/v1/search/synonyms', synonym))
write('SynonymView.list.json', call('GET', '/api/v1/search/synonyms'))
# --- learning events
event_line, event = demo_line('learning_events.jsonl', 'slug', 'p2p-learning-kemiskinan-ekstrem-kalbar-2023')
write('LearningEventInput.json', event)
write('LearningEventView.json', call('GET', '/api/v1/learning-events/' + event['slug'], auth=None))
write('LearningEventView.list.json', call('GET', '/api/v1/learning-events', auth=None))
# --- access
user = {'username': 'sinta', 'password': 'Kata-Sandi-Panjang-1', 'role': 'curator'}
write('NewUser.json', user)
write('UserView.json', call('POST', '/api/v1/users', user))
write('UserView.list.json', [u for u in call('GET', '/api/v1/users') if u['username'] in ('admin', 'sinta')])
write('NewPassword.json', {'password': 'Sandi-Baru-Yang-Panjang-2'})
write('PasswordChange.json', {'current_password': 'Kata-Sandi-Panjang-1', 'password': 'Sandi-Baru-Yang-Panjang-2'})
key = {'name': 'Portal Bappeda Kalbar', 'owner': 'Bappeda Kalbar', 'allowed_origins': ['https://bappeda.kalbarprov.go.id'],
       'rate_limit_per_minute': 600}
write('ApiKeyInput.json', key)
created = call('POST', '/api/v1/api-keys', key)
created['key'] = created['key'][:8] + '…'
write('CreatedKey.json', created)
write('ApiKeyView.list.json', call('GET', '/api/v1/api-keys'))
write('ApiKeyView.json', call('DELETE', '/api/v1/api-keys/' + str(created['api_key']['id'])))
print('written', len(os.listdir(OUT)))
