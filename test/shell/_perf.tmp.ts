import { run } from './fixtures.ts';
for (const script of ['for i in $(seq 1 20000); do echo $i; done | wc -l', 'i=0; while [ $i -lt 5000 ]; do i=$((i+1)); echo $i >> f; done; wc -l f', 'mkdir -p a; for i in $(seq 1 300); do echo x > a/$i; done; find a | wc -l; rm -rf a']) {
  for (const d of ['busybox', 'bash'] as const) {
    const t = Date.now();
    const r = run(d, script);
    console.log(d, Date.now() - t, 'ms', JSON.stringify(r.output.slice(0, 80)));
  }
}
