#!/usr/bin/env python3
"""Sequential latency of one kind of request against a running Lumbung, as one user sees it: COUNT requests
over one keep-alive connection, cycling through PATHS (one per line in a file), after a warm-up of the same
requests. Prints the client-observed p50/p99 and, for search answers, the server's own took_ms p50/p99.
Usage: bench/latency.py BASE LABEL PATHS_FILE COUNT"""
import http.client, json, sys, time, urllib.parse


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def main():
    base, label, paths_file, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    paths = [line.strip() for line in open(paths_file) if line.strip()]
    url = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)

    def get(path):
        connection.request('GET', path, headers={'Accept-Encoding': 'identity'})
        answer = connection.getresponse()
        body = answer.read()
        if answer.status != 200:
            sys.exit(f'{path}: {answer.status} {body[:300]!r}')
        return body

    for i in range(count):
        get(paths[i % len(paths)])
    client, server = [], []
    for i in range(count):
        start = time.perf_counter()
        body = get(paths[i % len(paths)])
        client.append((time.perf_counter() - start) * 1000)
        if body.startswith(b'{') and b'"took_ms"' in body:
            server.append(json.loads(body)['took_ms'])
    line = f'{label}: client p50 {percentile(client, 50):.2f} ms, p99 {percentile(client, 99):.2f} ms'
    if server:
        line += f'; server took_ms p50 {percentile(server, 50)}, p99 {percentile(server, 99)}'
    print(line)


if __name__ == '__main__':
    main()
