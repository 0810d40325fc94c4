// DogMath's page: plain ES module, no build step; socket.io and KaTeX are served by the API.
const TEXT = {
  'zh-CN': {
    title: 'DogMath 拍题讲解',
    welcome: '登录或注册',
    email: '邮箱',
    password: '密码（至少 8 位）',
    invite: '邀请码（学校提供时填写，注册用）',
    login: '登录',
    signup: '注册',
    logout: '退出登录',
    newProblem: '新题目',
    photoHint: '拍照或选择题目照片（也可以拖到这里）',
    orType: '或者直接输入题目',
    read: '识别题目',
    confirm: '请确认题目',
    fix: '识别有误？在这里修改：',
    unsure: '这些符号看不太清，请特别核对：',
    chooseTask: '照片上没有写要做什么，请选择：',
    taskNames: {
      solve: '解方程',
      compute: '计算',
      simplify: '化简',
      expand: '展开',
      factor: '因式分解',
      derivative: '求导',
    },
    create: '生成讲解视频（用 1 次额度）',
    cancel: '取消',
    making: '正在制作讲解视频',
    video: '讲解视频',
    steps: '步骤（点击跳转）',
    speed: '播放速度',
    replay: '重放这一步',
    download: '下载视频',
    another: '再讲一道题',
    history: '我的题目',
    quota: (n) => `剩余额度：${n}`,
    answer: (a) => `答案：${a}`,
    retry: '重试',
    reading: '正在识别…',
    needInput: '请先拍照或输入题目。',
    stages: {
      queued: '排队中',
      recognize: '识别题目',
      solve: '解题',
      tts: '配音',
      avatar: '板书',
      blackboard: '板书',
      compose: '合成',
      done: '完成',
      failed: '失败',
    },
    status: {
      WAIT_IMAGE2JSON: '识别中',
      WAIT_JSON2VIDEO: '制作中',
      FINISHED: '完成',
      FAILED: '失败',
    },
    switchTo: 'English',
  },
  'en-US': {
    title: 'DogMath explainers',
    welcome: 'Log in or sign up',
    email: 'Email',
    password: 'Password (8+ characters)',
    invite: 'Invite code (for signing up, if your school gave you one)',
    login: 'Log in',
    signup: 'Sign up',
    logout: 'Log out',
    newProblem: 'New problem',
    photoHint: 'Take or choose a photo of the problem (or drop it here)',
    orType: 'Or type the problem',
    read: 'Read the problem',
    confirm: 'Check the problem',
    fix: 'Something wrong? Fix it here:',
    unsure: 'These symbols were hard to read, please check them: ',
    chooseTask: 'The photo does not say what to do. Choose:',
    taskNames: {
      solve: 'Solve',
      compute: 'Compute',
      simplify: 'Simplify',
      expand: 'Expand',
      factor: 'Factor',
      derivative: 'Differentiate',
    },
    create: 'Make the video (uses 1 video)',
    cancel: 'Cancel',
    making: 'Making your video',
    video: 'Video',
    steps: 'Steps (click to jump)',
    speed: 'Speed',
    replay: 'Replay this step',
    download: 'Download video',
    another: 'Another problem',
    history: 'My problems',
    quota: (n) => `Videos left: ${n}`,
    answer: (a) => `Answer: ${a}`,
    retry: 'Try again',
    reading: 'Reading…',
    needInput: 'Take a photo or type the problem first.',
    stages: {
      queued: 'Waiting',
      recognize: 'Reading the problem',
      solve: 'Solving',
      tts: 'Recording the voice',
      avatar: 'Writing the board',
      blackboard: 'Writing the board',
      compose: 'Putting it together',
      done: 'Done',
      failed: 'Failed',
    },
    status: {
      WAIT_IMAGE2JSON: 'Reading',
      WAIT_JSON2VIDEO: 'Making',
      FINISHED: 'Done',
      FAILED: 'Failed',
    },
    switchTo: '中文',
  },
};

const $ = (id) => document.getElementById(id);
const state = {
  lang: localStorage.getItem('lang') || 'zh-CN',
  photo: null,
  job: null,
  socket: null,
  chapters: [],
};
const t = () => TEXT[state.lang];
// The token lives for this tab only (sessionStorage), never in a cookie or the URL.
const token = () => sessionStorage.getItem('token');

function show(...ids) {
  for (const id of ['auth', 'new', 'confirm', 'progress', 'result', 'history'])
    $(id).hidden = !ids.includes(id);
  if ($('jobs').children.length === 0) $('history').hidden = true; // nothing to list yet
}
function say(message) {
  $('message').textContent = message || '';
  $('message').hidden = !message;
}

async function api(path, options = {}) {
  const headers = { ...(options.headers || {}) };
  if (token()) headers.authorization = `Bearer ${token()}`;
  const res = await fetch(path, { ...options, headers });
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
  if (res.status === 401 && token()) logout();
  if (!res.ok)
    throw new Error(
      Array.isArray(body?.message) ? body.message.join('; ') : body?.message || res.statusText,
    );
  return body;
}

function translate() {
  document.documentElement.lang = state.lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t()[el.dataset.i18n];
  $('lang').textContent = t().switchTo;
}

async function refreshAccount() {
  const me = await api('/auth/me');
  $('quota').textContent = t().quota(me.quota);
  $('logout').hidden = false;
}

async function refreshHistory() {
  const { items } = await api('/jobs?pageSize=20');
  $('jobs').replaceChildren(
    ...items.map((job) => {
      const li = document.createElement('li');
      const img = document.createElement('img');
      img.alt = '';
      if (job.result) img.src = job.result.poster;
      const button = document.createElement('button');
      button.className = 'secondary';
      button.textContent = `${t().status[job.status]} · ${job.text || job.answer || job.id.slice(0, 8)}`;
      button.addEventListener('click', () => openJob(job.id));
      li.append(img, button);
      return li;
    }),
  );
  $('history').hidden = items.length === 0;
}

async function enter() {
  show('new');
  await Promise.all([refreshAccount(), refreshHistory()]);
}

function logout() {
  sessionStorage.removeItem('token');
  state.socket?.close();
  $('quota').textContent = '';
  $('logout').hidden = true;
  show('auth');
}

async function authenticate(action) {
  say('');
  try {
    const { access_token } = await api(`/auth/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: $('email').value,
        password: $('password').value,
        // Only signing up takes an invite code (and only when the school set one).
        ...(action === 'signup' && $('invite').value.trim()
          ? { invite_code: $('invite').value.trim() }
          : {}),
      }),
    });
    sessionStorage.setItem('token', access_token);
    await enter();
  } catch (e) {
    say(e.message);
  }
}

async function readProblem() {
  say('');
  const typed = $('typed').value.trim();
  if (!state.photo && !typed) return say(t().needInput);
  $('read').disabled = true;
  $('read').textContent = t().reading;
  try {
    let body;
    let headers = {};
    if (state.photo) {
      body = new FormData();
      body.append('image', state.photo);
      body.append('lang', state.lang);
    } else {
      body = JSON.stringify({ text: typed, lang: state.lang });
      headers = { 'content-type': 'application/json' };
    }
    const reading = await api('/recognize', { method: 'POST', body, headers });
    $('confirmed').value = reading.text;
    renderFormula(reading.latex);
    showUnsure(reading.symbols || []);
    offerTasks(reading.needsTask ? reading.tasks : []);
    show('confirm', 'history');
    $('confirmed').focus();
  } catch (e) {
    say(e.message);
  } finally {
    $('read').disabled = false;
    $('read').textContent = t().read;
  }
}

/** Symbols the recogniser was unsure of: the student should look at these before spending quota. */
function showUnsure(symbols) {
  const weak = symbols.filter((s) => s.confidence < 0.7).map((s) => s.text);
  $('unsure').hidden = weak.length === 0;
  $('unsure').textContent = weak.length ? t().unsure + [...new Set(weak)].join('  ') : '';
}

/** A photo with no instruction: the student picks what to do (the job carries it as `task`). */
function offerTasks(tasks) {
  const select = $('task');
  select.replaceChildren(...tasks.map((task) => new Option(t().taskNames[task] || task, task)));
  select.hidden = $('task-label').hidden = tasks.length === 0;
}

function renderFormula(latex) {
  try {
    window.katex.render(latex, $('formula'), { displayMode: true, throwOnError: false });
  } catch {
    $('formula').textContent = latex;
  }
}

async function createJob(text) {
  say('');
  try {
    const job = await api('/jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text,
        lang: state.lang,
        ...($('task').hidden ? {} : { task: $('task').value }),
      }),
    });
    await refreshAccount();
    watch(job);
  } catch (e) {
    say(e.message);
  }
}

function setProgress(percent, stage) {
  const shown = Math.max(Number($('fill').dataset.percent || 0), percent); // never backwards
  $('fill').dataset.percent = String(shown);
  $('fill').style.width = `${shown}%`;
  document.querySelector('.meter').setAttribute('aria-valuenow', String(shown));
  $('stage').textContent = `${t().stages[stage] || stage} · ${shown}%`;
}

function watch(job) {
  state.job = job;
  state.socket?.close();
  $('fill').dataset.percent = '0';
  setProgress(job.percent, job.stage);
  show('progress', 'history');
  // Socket.IO reconnects by itself; on every (re)connect the server sends the current state.
  const socket = window.io(`/ws/progress/${job.id}`, {
    auth: { token: token() },
    transports: ['websocket'],
  });
  state.socket = socket;
  socket.on('progress', (e) => {
    setProgress(e.percent, e.stage);
    if (e.status === 'FINISHED' || e.status === 'FAILED') {
      socket.close();
      openJob(job.id);
    }
  });
  socket.on('connect_error', (e) => say(e.message));
}

async function openJob(id) {
  const job = await api(`/jobs/${id}`);
  state.job = job;
  await refreshHistory();
  if (job.status === 'FAILED') {
    show('new', 'history');
    say(job.error);
    const retry = document.createElement('button');
    retry.textContent = t().retry;
    retry.addEventListener('click', () => createJob(job.text || $('confirmed').value));
    if (job.text) $('message').append(' ', retry);
    return;
  }
  if (job.status !== 'FINISHED') return watch(job);
  const player = $('player');
  player.replaceChildren();
  player.src = job.result.video;
  player.poster = job.result.poster;
  const track = document.createElement('track');
  Object.assign(track, {
    kind: 'subtitles',
    src: job.result.subtitles,
    default: true,
    label: 'subtitles',
  });
  track.srclang = job.lang === 'zh-CN' ? 'zh' : 'en';
  player.append(track);
  $('answer').textContent = t().answer(job.answer);
  state.chapters = job.chapters;
  applySpeed();
  $('chapters').replaceChildren(
    ...job.chapters.map((c) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.textContent = c.title;
      b.addEventListener('click', () => playFrom(player, c.start));
      li.append(b);
      return li;
    }),
  );
  show('result', 'history');
}

/** The chosen playback speed, kept for the next video (a new source resets the rate). */
function applySpeed() {
  const rate = Number($('speed').value) || 1;
  $('player').defaultPlaybackRate = rate;
  $('player').playbackRate = rate;
  localStorage.setItem('speed', String(rate));
}

/** Back to the start of the step being played. */
function replayStep() {
  const player = $('player');
  const current = [...(state.chapters || [])]
    .reverse()
    .find((c) => c.start <= player.currentTime + 0.05);
  playFrom(player, current ? current.start : 0);
}

/**
 * Seek and play. A pause coming before the play has begun (the student's, a test's) rejects
 * the play with an AbortError: that is the pause winning, not an error to report.
 */
function playFrom(player, time) {
  player.currentTime = time;
  player.play().catch((e) => {
    if (e.name !== 'AbortError') console.error(e);
  });
}

/** A phone turned sideways while the video plays: full screen (where the browser allows it). */
function fullScreenInLandscape() {
  const player = $('player');
  const landscape = window.matchMedia('(orientation: landscape) and (max-height: 500px)');
  landscape.addEventListener('change', (e) => {
    if (e.matches && !player.paused && !document.fullscreenElement)
      player.requestFullscreen?.().catch(() => undefined);
    else if (!e.matches && document.fullscreenElement === player)
      document.exitFullscreen?.().catch(() => undefined);
  });
}

async function download() {
  try {
    const { url } = await api(`/jobs/${state.job.id}/download-token`, { method: 'POST' });
    window.location.href = url;
  } catch (e) {
    say(e.message);
  }
}

function choosePhoto(file) {
  state.photo = file || null;
  $('drop').querySelector('span').textContent = file ? file.name : t().photoHint;
}

function wire() {
  $('auth-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void authenticate(e.submitter?.dataset.action === 'signup' ? 'signup' : 'login');
  });
  $('logout').addEventListener('click', logout);
  $('lang').addEventListener('click', () => {
    state.lang = state.lang === 'zh-CN' ? 'en-US' : 'zh-CN';
    localStorage.setItem('lang', state.lang);
    translate();
    if (token()) void refreshAccount();
  });
  $('photo').addEventListener('change', (e) => choosePhoto(e.target.files[0]));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    choosePhoto(e.dataTransfer.files[0]);
  });
  $('read').addEventListener('click', () => void readProblem());
  $('create').addEventListener('click', () => void createJob($('confirmed').value.trim()));
  $('speed').value = localStorage.getItem('speed') || '1';
  $('speed').addEventListener('change', applySpeed);
  $('replay').addEventListener('click', replayStep);
  fullScreenInLandscape();
  $('cancel').addEventListener('click', () => show('new', 'history'));
  $('again').addEventListener('click', () => {
    choosePhoto(null);
    $('typed').value = '';
    show('new', 'history');
  });
  $('download').addEventListener('click', () => void download());
}

wire();
translate();
if (token()) enter().catch(() => logout());
else show('auth');
