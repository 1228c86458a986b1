/* sahifa.nlp._crf: CRFsuite's linear-chain CRF inference (Viterbi and the scaled forward-backward pass)
 * over a model read from its file by sahifa.nlp.crfmodel, without python-crfsuite's conversion of every
 * feature string into a C++ std::string.
 *
 * The Tagger type answers like pycrfsuite.Tagger: tag(xseq) -> labels, marginal(label, t) -> float,
 * labels().  xseq is a list of items, each a list of attribute names (bytes, as sahifa.nlp.tagger hands
 * them, or str); a name the model does not know is skipped, as crfsuite skips it.  The arithmetic is
 * crfsuite's (crf1d_context.c, crf1d_tag.c), operation for operation and in the same order on IEEE
 * doubles: a token's state score is 0.0 plus the weights of its attributes' features in item order, the
 * Viterbi keeps the first maximum, exp() is the C library's, and a marginal is alpha * beta / scale.  So
 * the labels and marginals are crfsuite's to the last bit (tests/nlp/test_crfmodel.py compares them).
 * Compile without floating-point contraction (setup.py passes -ffp-contract=off): a fused multiply-add
 * would round differently.
 *
 * It follows the algorithms of CRFsuite (Copyright (c) 2007-2010 Naoaki Okazaki, modified BSD licence,
 * http://www.chokkan.org/software/crfsuite/) and reads its model file format; no CRFsuite source is
 * included.  See README.md, "Data, models and their licences".
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    PyObject_HEAD
    int L;               /* labels */
    Py_ssize_t A;        /* attributes */
    double *trans;       /* L*L: trans[i*L + j], label i -> label j */
    double *exp_trans;   /* exp(trans) */
    Py_ssize_t *ref_off; /* A+1: attribute a's features are ref_dst/ref_w[ref_off[a] .. ref_off[a+1]) */
    int *ref_dst;
    double *ref_w;
    PyObject *attrs;     /* dict: name (bytes) -> attribute id (int) */
    /* attrs' own key objects by address (open addressing, a power of two of slots): sahifa.nlp.tagger hands
     * back those very objects (Tagger.attributes() shares them), so most names are found here without a
     * dict look-up (hashing, comparing) or reading an int object; any other name goes through attrs */
    PyObject **by_ptr_key;
    int *by_ptr_id;
    size_t by_ptr_mask;
    PyObject *label_ids; /* dict: label (str) -> id */
    PyObject *labels;    /* tuple of label strs */
    /* the current sequence (as crfsuite's tagger holds it) */
    Py_ssize_t T, cap;
    double *state, *alpha, *beta, *scale;
    int *back, *path;
    int *items;          /* attribute ids of the current sequence, flat */
    Py_ssize_t *item_off;/* T+1 */
    Py_ssize_t items_cap;
    int have_marginals;
} CrfTagger;

static void Tagger_dealloc(CrfTagger *self) {
    free(self->trans); free(self->exp_trans); free(self->ref_off); free(self->ref_dst); free(self->ref_w);
    free(self->state); free(self->alpha); free(self->beta); free(self->scale); free(self->back);
    free(self->path); free(self->items); free(self->item_off); free(self->by_ptr_key); free(self->by_ptr_id);
    Py_XDECREF(self->attrs); Py_XDECREF(self->label_ids); Py_XDECREF(self->labels);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* -- reading the model file (crfsuite's crf1d format, crf1d_model.c) ---------------------------------
 * a header (magic "lCRF", size, type "FOMC", version 100, and the counts and offsets below), the features as
 * (type, src, dst, weight) records, the label and attribute dictionaries as CQDB chunks (read through their
 * backward arrays: id -> record), and for each label and attribute the ids of its features.  Every number
 * is little-endian; every offset and count is checked against the file's size (crfsuite trusts its file). */
typedef struct {
    const unsigned char *p;
    Py_ssize_t n;
} Blob;

static int u32(const Blob *b, Py_ssize_t at, Py_ssize_t *out) {
    if (at < 0 || at + 4 > b->n) return -1;
    const unsigned char *q = b->p + at;
    *out = (Py_ssize_t)((unsigned long)q[0] | ((unsigned long)q[1] << 8) | ((unsigned long)q[2] << 16) |
                        ((unsigned long)q[3] << 24));
    return 0;
}

static int f64(const Blob *b, Py_ssize_t at, double *out) {
    if (at < 0 || at + 8 > b->n) return -1;
    unsigned long long v = 0;
    for (int k = 7; k >= 0; --k) v = (v << 8) | b->p[at + k];
    memcpy(out, &v, sizeof v);
    return 0;
}

static int chunk_is(const Blob *b, Py_ssize_t at, const char *id) {
    return at >= 0 && at + 4 <= b->n && memcmp(b->p + at, id, 4) == 0;
}

/* The keys of the CQDB chunk at base, by id: a tuple of str (labels) or a dict bytes -> id (attributes). */
static PyObject *cqdb_keys(const Blob *b, Py_ssize_t base, Py_ssize_t count, int as_dict) {
    Py_ssize_t size, order, bwd_size, bwd_off;
    if (!chunk_is(b, base, "CQDB") || u32(b, base + 4, &size) || u32(b, base + 12, &order) ||
        u32(b, base + 16, &bwd_size) || u32(b, base + 20, &bwd_off) || order != 0x62445371 ||
        base + size > b->n || bwd_size != count || !bwd_off) {
        PyErr_SetString(PyExc_ValueError, "damaged dictionary in the CRF model");
        return NULL;
    }
    PyObject *out = as_dict ? PyDict_New() : PyTuple_New(count);
    if (!out) return NULL;
    for (Py_ssize_t i = 0; i < count; ++i) {
        Py_ssize_t off, ident, ksize;
        if (u32(b, base + bwd_off + 4 * i, &off) || u32(b, base + off, &ident) || u32(b, base + off + 4, &ksize) ||
            ident != i || ksize < 1 || base + off + 8 + ksize > b->n) {
            PyErr_SetString(PyExc_ValueError, "damaged dictionary in the CRF model");
            Py_DECREF(out);
            return NULL;
        }
        const char *key = (const char *)b->p + base + off + 8;  /* ksize counts the final NUL */
        if (as_dict) {
            PyObject *k = PyBytes_FromStringAndSize(key, ksize - 1);
            PyObject *v = k ? PyLong_FromSsize_t(i) : NULL;
            int bad = !v || PyDict_SetItem(out, k, v) < 0;
            Py_XDECREF(k);
            Py_XDECREF(v);
            if (bad) {
                Py_DECREF(out);
                return NULL;
            }
        } else {
            PyObject *k = PyUnicode_DecodeUTF8(key, ksize - 1, "strict");
            if (!k) {
                Py_DECREF(out);
                return NULL;
            }
            PyTuple_SET_ITEM(out, i, k);
        }
    }
    return out;
}

/* The feature ids of reference list i of the LFRF/AFRF chunk at off: *at is where they start, *k how many. */
static int refs_of(const Blob *b, Py_ssize_t off, Py_ssize_t i, Py_ssize_t *at, Py_ssize_t *k) {
    Py_ssize_t list;
    if (u32(b, off + 12 + 4 * i, &list) || u32(b, list, k) || list + 4 + 4 * *k > b->n) return -1;
    *at = list + 4;
    return 0;
}

/* Tagger(data: bytes): the model file's contents. */
static size_t ptr_slot(const void *p, size_t mask) {
    uintptr_t x = (uintptr_t)p >> 4;  /* (objects are 16-byte aligned) */
    return (size_t)((x ^ (x >> 13)) * 0x9E3779B1u) & mask;
}

/* The address index of attrs' keys (see by_ptr_key): every id checked in range. */
static int index_by_ptr(CrfTagger *self) {
    size_t cap = 64;
    while (cap < (size_t)PyDict_GET_SIZE(self->attrs) * 4) cap <<= 1;
    self->by_ptr_key = calloc(cap, sizeof(PyObject *));
    self->by_ptr_id = calloc(cap, sizeof(int));
    if (!self->by_ptr_key || !self->by_ptr_id) {
        PyErr_NoMemory();
        return -1;
    }
    self->by_ptr_mask = cap - 1;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(self->attrs, &pos, &key, &value)) {
        Py_ssize_t aid = PyLong_AsSsize_t(value);
        if (aid < 0 || aid >= self->A) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "attribute id out of range");
            return -1;
        }
        size_t i = ptr_slot(key, self->by_ptr_mask);
        while (self->by_ptr_key[i]) i = (i + 1) & self->by_ptr_mask;
        self->by_ptr_key[i] = key;
        self->by_ptr_id[i] = (int)aid;
    }
    return 0;
}

static int Tagger_init(CrfTagger *self, PyObject *args, PyObject *kwds) {
    Py_buffer data;
    if (self->labels) {
        PyErr_SetString(PyExc_RuntimeError, "a Tagger is initialised once");
        return -1;
    }
    if (!PyArg_ParseTuple(args, "y*", &data)) return -1;
    int rc = -1;
    Blob b = {(const unsigned char *)data.buf, data.len};
    Py_ssize_t size, version, n_labels, n_attrs, off_feat, off_labels, off_attrs, off_lrefs, off_arefs, n_feat, num;
    if (!chunk_is(&b, 0, "lCRF") || !chunk_is(&b, 8, "FOMC") || u32(&b, 4, &size) || u32(&b, 12, &version) ||
        u32(&b, 20, &n_labels) || u32(&b, 24, &n_attrs) || u32(&b, 28, &off_feat) || u32(&b, 32, &off_labels) ||
        u32(&b, 36, &off_attrs) || u32(&b, 40, &off_lrefs) || u32(&b, 44, &off_arefs) || size != b.n ||
        version != 100 || n_labels < 1 || n_labels > 1000) {
        PyErr_SetString(PyExc_ValueError, "not a CRFsuite crf1d model");
        goto done;
    }
    if (!chunk_is(&b, off_feat, "FEAT") || u32(&b, off_feat + 8, &n_feat) || off_feat + 12 + 20 * n_feat > b.n) {
        PyErr_SetString(PyExc_ValueError, "damaged features in the CRF model");
        goto done;
    }
    const Py_ssize_t L = n_labels, A = n_attrs;
    self->L = (int)L;
    self->A = A;
    self->labels = cqdb_keys(&b, off_labels, L, 0);
    if (!self->labels) goto done;
    self->attrs = cqdb_keys(&b, off_attrs, A, 1);
    if (!self->attrs) goto done;
    self->label_ids = PyDict_New();
    if (!self->label_ids) goto done;
    for (Py_ssize_t i = 0; i < L; ++i) {
        PyObject *id = PyLong_FromSsize_t(i);
        if (!id || PyDict_SetItem(self->label_ids, PyTuple_GET_ITEM(self->labels, i), id) < 0) {
            Py_XDECREF(id);
            goto done;
        }
        Py_DECREF(id);
    }
    /* transitions: label i's features (i -> dst) */
    if (!chunk_is(&b, off_lrefs, "LFRF") || u32(&b, off_lrefs + 8, &num) || num < L ||
        !chunk_is(&b, off_arefs, "AFRF") || u32(&b, off_arefs + 8, &num) || num < A) {
        PyErr_SetString(PyExc_ValueError, "damaged feature references in the CRF model");
        goto done;
    }
    self->trans = calloc((size_t)(L * L), sizeof(double));
    self->exp_trans = malloc(sizeof(double) * L * L);
    self->ref_off = malloc(sizeof(Py_ssize_t) * (A + 1));
    if (!self->trans || !self->exp_trans || !self->ref_off) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < L; ++i) {
        Py_ssize_t at, k;
        if (refs_of(&b, off_lrefs, i, &at, &k)) goto damaged;
        for (Py_ssize_t r = 0; r < k; ++r) {
            Py_ssize_t fid, src, dst;
            double w;
            if (u32(&b, at + 4 * r, &fid) || fid >= n_feat) goto damaged;
            const Py_ssize_t rec = off_feat + 12 + 20 * fid;
            if (u32(&b, rec + 4, &src) || u32(&b, rec + 8, &dst) || f64(&b, rec + 12, &w) || src != i || dst >= L)
                goto damaged;
            self->trans[i * L + dst] = w;
        }
    }
    for (Py_ssize_t k = 0; k < L * L; ++k) self->exp_trans[k] = exp(self->trans[k]);
    /* state features: attribute a's features (a -> dst), in the file's order (crfsuite sums them so) */
    Py_ssize_t F = 0;
    for (Py_ssize_t a = 0; a < A; ++a) {
        Py_ssize_t at, k;
        if (refs_of(&b, off_arefs, a, &at, &k)) goto damaged;
        F += k;
    }
    self->ref_dst = malloc(sizeof(int) * (F ? F : 1));
    self->ref_w = malloc(sizeof(double) * (F ? F : 1));
    if (!self->ref_dst || !self->ref_w) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t n = 0;
    for (Py_ssize_t a = 0; a < A; ++a) {
        Py_ssize_t at, k;
        self->ref_off[a] = n;
        if (refs_of(&b, off_arefs, a, &at, &k)) goto damaged;
        for (Py_ssize_t r = 0; r < k; ++r) {
            Py_ssize_t fid, src, dst;
            double w;
            if (u32(&b, at + 4 * r, &fid) || fid >= n_feat) goto damaged;
            const Py_ssize_t rec = off_feat + 12 + 20 * fid;
            if (u32(&b, rec + 4, &src) || u32(&b, rec + 8, &dst) || f64(&b, rec + 12, &w) || src != a || dst >= L)
                goto damaged;
            self->ref_dst[n] = (int)dst;
            self->ref_w[n] = w;
            ++n;
        }
    }
    self->ref_off[A] = n;
    if (index_by_ptr(self) < 0) goto done;
    rc = 0;
    goto done;
damaged:
    PyErr_SetString(PyExc_ValueError, "damaged features in the CRF model");
done:
    PyBuffer_Release(&data);
    return rc;
}

static int reserve(CrfTagger *self, Py_ssize_t T) {
    if (T <= self->cap && self->item_off) return 0;  /* (an empty sequence still needs item_off) */
    Py_ssize_t cap = T < 64 ? 64 : T * 2;
    size_t L = (size_t)self->L;
    double *s = realloc(self->state, sizeof(double) * L * cap);
    if (s) self->state = s;
    double *al = realloc(self->alpha, sizeof(double) * L * cap);
    if (al) self->alpha = al;
    double *be = realloc(self->beta, sizeof(double) * L * cap);
    if (be) self->beta = be;
    double *sc = realloc(self->scale, sizeof(double) * cap);
    if (sc) self->scale = sc;
    int *bk = realloc(self->back, sizeof(int) * L * cap);
    if (bk) self->back = bk;
    int *pa = realloc(self->path, sizeof(int) * cap);
    if (pa) self->path = pa;
    Py_ssize_t *io = realloc(self->item_off, sizeof(Py_ssize_t) * (cap + 1));
    if (io) self->item_off = io;
    if (!s || !al || !be || !sc || !bk || !pa || !io) {
        PyErr_NoMemory();
        return -1;
    }
    self->cap = cap;
    return 0;
}

static int push_item(CrfTagger *self, Py_ssize_t n, int aid) {
    if (n >= self->items_cap) {
        Py_ssize_t cap = self->items_cap ? self->items_cap * 2 : 4096;
        int *it = realloc(self->items, sizeof(int) * cap);
        if (!it) {
            PyErr_NoMemory();
            return -1;
        }
        self->items = it;
        self->items_cap = cap;
    }
    self->items[n] = aid;
    return 0;
}

/* The attribute id of a name: >= 0; -1: not in the model (crfsuite skips it); -2: error set. */
static Py_ssize_t lookup(CrfTagger *self, PyObject *name) {
    PyObject *id;
    if (self->by_ptr_key) {
        size_t i = ptr_slot(name, self->by_ptr_mask);
        PyObject *k;
        while ((k = self->by_ptr_key[i]) != NULL) {
            if (k == name) return self->by_ptr_id[i];
            i = (i + 1) & self->by_ptr_mask;
        }
    }
    if (PyBytes_CheckExact(name)) {
        id = PyDict_GetItemWithError(self->attrs, name);
    } else if (PyUnicode_Check(name)) {
        PyObject *b = PyUnicode_AsUTF8String(name);
        if (!b) return -2;
        id = PyDict_GetItemWithError(self->attrs, b);
        Py_DECREF(b);
    } else if (PyBytes_Check(name)) {
        id = PyDict_GetItemWithError(self->attrs, name);
    } else {
        PyErr_SetString(PyExc_TypeError, "an attribute name must be bytes or str");
        return -2;
    }
    if (!id) return PyErr_Occurred() ? -2 : -1;
    Py_ssize_t aid = PyLong_AsSsize_t(id);
    if (aid < 0 || aid >= self->A) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "attribute id out of range");
        return -2;
    }
    return aid;
}

/* crf1dt_state_score: a token's state score is 0.0 plus, for each of its attributes in item order, the
 * weight of each of the attribute's features (times the attribute's value, 1.0) on its label. */
static void state_scores(CrfTagger *self) {
    const int L = self->L;
    for (Py_ssize_t t = 0; t < self->T; ++t) {
        double *state = self->state + t * L;
        for (int j = 0; j < L; ++j) state[j] = 0.;
        for (Py_ssize_t c = self->item_off[t]; c < self->item_off[t + 1]; ++c) {
            int a = self->items[c];
            for (Py_ssize_t r = self->ref_off[a]; r < self->ref_off[a + 1]; ++r) {
                state[self->ref_dst[r]] += self->ref_w[r] * 1.0;  /* f.weight * value (1.0) */
            }
        }
    }
    self->have_marginals = 0;
}

/* crfsuite_tagger.set: the attribute ids of every item (unknown names skipped), then the state scores. */
static int set_sequence(CrfTagger *self, PyObject *xseq) {
    self->T = 0;  /* (until the new sequence is set: no marginal of a half-set one) */
    PyObject *seq = PySequence_Fast(xseq, "xseq must be a sequence of items");
    if (!seq) return -1;
    Py_ssize_t T = PySequence_Fast_GET_SIZE(seq);
    if (reserve(self, T) < 0) {
        Py_DECREF(seq);
        return -1;
    }
    Py_ssize_t n = 0;
    for (Py_ssize_t t = 0; t < T; ++t) {
        self->item_off[t] = n;
        PyObject *item = PySequence_Fast(PySequence_Fast_GET_ITEM(seq, t), "an item must be a sequence of names");
        if (!item) {
            Py_DECREF(seq);
            return -1;
        }
        Py_ssize_t k = PySequence_Fast_GET_SIZE(item);
        for (Py_ssize_t c = 0; c < k; ++c) {
            Py_ssize_t aid = lookup(self, PySequence_Fast_GET_ITEM(item, c));
            if (aid == -1) continue;
            if (aid < 0 || push_item(self, n++, (int)aid) < 0) {
                Py_DECREF(item);
                Py_DECREF(seq);
                return -1;
            }
        }
        Py_DECREF(item);
    }
    self->item_off[T] = n;
    Py_DECREF(seq);
    self->T = T;
    state_scores(self);
    return 0;
}

/* The same from one flat list of names and the list of each item's end in it (no list per item). */
static int set_flat(CrfTagger *self, PyObject *names, PyObject *ends) {
    if (!PyList_Check(names) || !PyList_Check(ends)) {
        PyErr_SetString(PyExc_TypeError, "tag_flat(names: list, ends: list)");
        return -1;
    }
    self->T = 0;
    Py_ssize_t T = PyList_GET_SIZE(ends), N = PyList_GET_SIZE(names);
    if (reserve(self, T) < 0) return -1;
    Py_ssize_t n = 0, c = 0;
    for (Py_ssize_t t = 0; t < T; ++t) {
        self->item_off[t] = n;
        Py_ssize_t end = PyLong_AsSsize_t(PyList_GET_ITEM(ends, t));
        if (end == -1 && PyErr_Occurred()) return -1;
        if (end < c || end > N) {
            PyErr_SetString(PyExc_ValueError, "item ends must rise within the names");
            return -1;
        }
        for (; c < end; ++c) {
            Py_ssize_t aid = lookup(self, PyList_GET_ITEM(names, c));
            if (aid == -1) continue;
            if (aid < 0 || push_item(self, n++, (int)aid) < 0) return -1;
        }
    }
    self->item_off[T] = n;
    self->T = T;
    state_scores(self);
    return 0;
}

/* One name of a token's item: its attribute id pushed (a name the model does not know is skipped). */
static int push_name(CrfTagger *self, Py_ssize_t *n, PyObject *name) {
    Py_ssize_t aid = lookup(self, name);
    if (aid == -1) return 0;
    if (aid < 0 || push_item(self, (*n)++, (int)aid) < 0) return -1;
    return 0;
}

/* Every name of a tuple of names. */
static int push_names(CrfTagger *self, Py_ssize_t *n, PyObject *names) {
    if (!PyTuple_CheckExact(names)) {
        PyErr_SetString(PyExc_TypeError, "tag_rows: a row's features must be a tuple of names");
        return -1;
    }
    const Py_ssize_t k = PyTuple_GET_SIZE(names);
    for (Py_ssize_t c = 0; c < k; ++c) {
        if (push_name(self, n, PyTuple_GET_ITEM(names, c)) < 0) return -1;
    }
    return 0;
}

/* A name unless it is empty (b"": no feature). */
static int push_nonempty(CrfTagger *self, Py_ssize_t *n, PyObject *name) {
    if (PyBytes_CheckExact(name) && PyBytes_GET_SIZE(name) == 0) return 0;
    return push_name(self, n, name);
}

/* The name a pair dictionary (a word's bg= or rw= pairs: {other: name}) gives ``other``, if any. */
static int push_pair(CrfTagger *self, Py_ssize_t *n, PyObject *pairs, PyObject *other) {
    if (!PyDict_CheckExact(pairs)) {
        PyErr_SetString(PyExc_TypeError, "tag_rows: a word's pairs must be a dict");
        return -1;
    }
    if (PyDict_GET_SIZE(pairs) == 0) return 0;
    PyObject *name = PyDict_GetItemWithError(pairs, other);
    if (!name) return PyErr_Occurred() ? -1 : 0;
    return push_name(self, n, name);
}

#define ROW_OWN 0
#define ROW_P2 1
#define ROW_P1 2
#define ROW_M1 3
#define ROW_M2 4
#define ROW_BG 5
#define ROW_RW 6
#define RULE_OWN 0
#define RULE_BIO 1
#define RULE_M1 2
#define RULE_P1 3

/* sahifa.nlp.tagger's features of a sentence, assembled here from what it memoised per word and per rule tag
 * (tagger._flat's definition, in its order: the items are those tag_flat would get from _flat's names):
 * rows[i] = (own, p2, p1, m1, m2, bg, rw) of token i's word, keys[i] its key, starts[i] whether it starts a
 * line, rules[i] = (own, bio, m1, p1) of its rule tag, gaz[i] its g= name (b"": none), bos/eos (b"": none). */
static int set_rows(CrfTagger *self, PyObject *const *args) {
    PyObject *rows = args[0], *keys = args[1], *starts = args[2], *rules = args[3], *gaz = args[4];
    PyObject *bos = args[5], *eos = args[6];
    if (!PyList_Check(rows) || !PyList_Check(keys) || !PyList_Check(starts) || !PyList_Check(rules) ||
        !PyList_Check(gaz) || !PyBytes_Check(bos) || !PyBytes_Check(eos)) {
        PyErr_SetString(PyExc_TypeError, "tag_rows(rows, keys, starts, rules, gaz: list, bos, eos: bytes)");
        return -1;
    }
    self->T = 0;
    const Py_ssize_t T = PyList_GET_SIZE(rows);
    if (PyList_GET_SIZE(keys) != T || PyList_GET_SIZE(starts) != T || PyList_GET_SIZE(rules) != T ||
        PyList_GET_SIZE(gaz) != T) {
        PyErr_SetString(PyExc_ValueError, "tag_rows: the lists must have one entry per token");
        return -1;
    }
    for (Py_ssize_t t = 0; t < T; ++t) {
        PyObject *row = PyList_GET_ITEM(rows, t), *rule = PyList_GET_ITEM(rules, t);
        if (!PyTuple_CheckExact(row) || PyTuple_GET_SIZE(row) != 7 || !PyTuple_CheckExact(rule) ||
            PyTuple_GET_SIZE(rule) != 4 || !PyUnicode_Check(PyTuple_GET_ITEM(rule, RULE_BIO))) {
            PyErr_SetString(PyExc_TypeError, "tag_rows: a row is a 7-tuple, a rule a 4-tuple (own, bio, m1, p1)");
            return -1;
        }
    }
    if (reserve(self, T) < 0) return -1;
    const int have_bos = PyBytes_GET_SIZE(bos) > 0, have_eos = PyBytes_GET_SIZE(eos) > 0;
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < T; ++i) {
        self->item_off[i] = n;
        PyObject *row = PyList_GET_ITEM(rows, i), *rule = PyList_GET_ITEM(rules, i);
        if (push_names(self, &n, PyTuple_GET_ITEM(row, ROW_OWN)) < 0 ||
            push_names(self, &n, PyTuple_GET_ITEM(rule, RULE_OWN)) < 0)
            return -1;
        PyObject *bio = PyTuple_GET_ITEM(rule, RULE_BIO);
        if (PyUnicode_CompareWithASCIIString(bio, "O") != 0 &&
            push_pair(self, &n, PyTuple_GET_ITEM(row, ROW_RW), bio) < 0)
            return -1;
        if (push_nonempty(self, &n, PyList_GET_ITEM(gaz, i)) < 0) return -1;
        if (have_bos) {
            int at_start = i == 0;
            if (!at_start) {
                at_start = PyObject_IsTrue(PyList_GET_ITEM(starts, i));
                if (at_start < 0) return -1;
            }
            if (at_start && push_name(self, &n, bos) < 0) return -1;
        }
        if (i > 0) {
            PyObject *prev = PyList_GET_ITEM(rows, i - 1);
            if (push_names(self, &n, PyTuple_GET_ITEM(prev, ROW_M1)) < 0 ||
                push_nonempty(self, &n, PyTuple_GET_ITEM(PyList_GET_ITEM(rules, i - 1), RULE_M1)) < 0 ||
                push_pair(self, &n, PyTuple_GET_ITEM(row, ROW_BG), PyList_GET_ITEM(keys, i - 1)) < 0)
                return -1;
            if (i > 1 && push_names(self, &n, PyTuple_GET_ITEM(PyList_GET_ITEM(rows, i - 2), ROW_M2)) < 0)
                return -1;
        }
        if (i + 1 < T) {
            if (push_names(self, &n, PyTuple_GET_ITEM(PyList_GET_ITEM(rows, i + 1), ROW_P1)) < 0 ||
                push_nonempty(self, &n, PyTuple_GET_ITEM(PyList_GET_ITEM(rules, i + 1), RULE_P1)) < 0)
                return -1;
            if (i + 2 < T && push_names(self, &n, PyTuple_GET_ITEM(PyList_GET_ITEM(rows, i + 2), ROW_P2)) < 0)
                return -1;
        } else if (have_eos && push_name(self, &n, eos) < 0) {
            return -1;
        }
    }
    self->item_off[T] = n;
    self->T = T;
    state_scores(self);
    return 0;
}

/* crf1dc_viterbi */
static void viterbi(CrfTagger *self) {
    const int L = self->L;
    const Py_ssize_t T = self->T;
    double *score = self->alpha;  /* crfsuite keeps the Viterbi scores in the alpha table */
    for (int j = 0; j < L; ++j) score[j] = self->state[j];
    for (Py_ssize_t t = 1; t < T; ++t) {
        const double *prev = score + (t - 1) * L;
        double *curr = score + t * L;
        const double *state = self->state + t * L;
        int *back = self->back + t * L;
        for (int j = 0; j < L; ++j) {
            double max_score = -DBL_MAX;
            int argmax = -1;
            for (int i = 0; i < L; ++i) {
                double s = prev[i] + self->trans[i * L + j];
                if (max_score < s) {
                    max_score = s;
                    argmax = i;
                }
            }
            back[j] = argmax >= 0 ? argmax : 0;
            curr[j] = max_score + state[j];
        }
    }
    const double *last = score + (T - 1) * L;
    double max_score = -DBL_MAX;
    self->path[T - 1] = 0;
    for (int i = 0; i < L; ++i) {
        if (max_score < last[i]) {
            max_score = last[i];
            self->path[T - 1] = i;
        }
    }
    for (Py_ssize_t t = T - 2; t >= 0; --t) self->path[t] = self->back[(t + 1) * L + self->path[t + 1]];
}

/* crf1dc_exp_state, crf1dc_alpha_score, crf1dc_beta_score */
static void forward_backward(CrfTagger *self) {
    const int L = self->L;
    const Py_ssize_t T = self->T;
    double *ex = self->state;  /* the state scores are not needed again: exponentiate in place */
    for (Py_ssize_t k = 0; k < T * L; ++k) ex[k] = exp(ex[k]);
    double *cur = self->alpha;
    double sum = 0.;
    for (int j = 0; j < L; ++j) cur[j] = ex[j];
    for (int j = 0; j < L; ++j) sum += cur[j];
    double sc = (sum != 0.) ? 1. / sum : 1.;
    self->scale[0] = sc;
    for (int j = 0; j < L; ++j) cur[j] *= sc;
    for (Py_ssize_t t = 1; t < T; ++t) {
        const double *prev = self->alpha + (t - 1) * L;
        const double *st = ex + t * L;
        cur = self->alpha + t * L;
        for (int j = 0; j < L; ++j) cur[j] = 0.;
        for (int i = 0; i < L; ++i) {
            const double *tr = self->exp_trans + i * L;
            const double a = prev[i];
            for (int j = 0; j < L; ++j) cur[j] += a * tr[j];
        }
        for (int j = 0; j < L; ++j) cur[j] *= st[j];
        sum = 0.;
        for (int j = 0; j < L; ++j) sum += cur[j];
        sc = (sum != 0.) ? 1. / sum : 1.;
        self->scale[t] = sc;
        for (int j = 0; j < L; ++j) cur[j] *= sc;
    }
    double row[L];
    cur = self->beta + (T - 1) * L;
    for (int j = 0; j < L; ++j) cur[j] = self->scale[T - 1];
    for (Py_ssize_t t = T - 2; t >= 0; --t) {
        const double *next = self->beta + (t + 1) * L;
        const double *st = ex + (t + 1) * L;
        cur = self->beta + t * L;
        for (int j = 0; j < L; ++j) row[j] = next[j];
        for (int j = 0; j < L; ++j) row[j] *= st[j];
        for (int i = 0; i < L; ++i) {
            const double *tr = self->exp_trans + i * L;
            double s = 0.;
            for (int j = 0; j < L; ++j) s += tr[j] * row[j];
            cur[i] = s;
        }
        for (int j = 0; j < L; ++j) cur[j] *= self->scale[t];
    }
    self->have_marginals = 1;
}

static PyObject *labels_of_path(CrfTagger *self) {
    PyObject *out = PyList_New(self->T);
    if (!out || self->T == 0) return out;
    viterbi(self);
    for (Py_ssize_t t = 0; t < self->T; ++t) {
        PyObject *lab = PyTuple_GET_ITEM(self->labels, self->path[t]);
        Py_INCREF(lab);
        PyList_SET_ITEM(out, t, lab);
    }
    return out;
}

static PyObject *Tagger_tag(CrfTagger *self, PyObject *xseq) {
    if (set_sequence(self, xseq) < 0) return NULL;
    return labels_of_path(self);
}

static PyObject *Tagger_tag_flat(CrfTagger *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "tag_flat(names, ends)");
        return NULL;
    }
    if (set_flat(self, args[0], args[1]) < 0) return NULL;
    return labels_of_path(self);
}

static PyObject *Tagger_tag_rows(CrfTagger *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 7) {
        PyErr_SetString(PyExc_TypeError, "tag_rows(rows, keys, starts, rules, gaz, bos, eos)");
        return NULL;
    }
    if (set_rows(self, args) < 0) return NULL;
    return labels_of_path(self);
}

static PyObject *Tagger_attributes(CrfTagger *self, PyObject *Py_UNUSED(ignored)) {
    return PyDict_Copy(self->attrs);
}

/* crf1dc_marginal_point */
static PyObject *Tagger_marginal(CrfTagger *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "marginal(label, t)");
        return NULL;
    }
    PyObject *id = PyDict_GetItemWithError(self->label_ids, args[0]);
    if (!id) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "unknown label");
        return NULL;
    }
    Py_ssize_t t = PyLong_AsSsize_t(args[1]);
    if (t == -1 && PyErr_Occurred()) return NULL;
    if (t < 0 || t >= self->T) {
        PyErr_SetString(PyExc_ValueError, "position out of range");
        return NULL;
    }
    if (!self->have_marginals) forward_backward(self);
    Py_ssize_t l = PyLong_AsSsize_t(id);
    const Py_ssize_t k = t * self->L + l;
    return PyFloat_FromDouble(self->alpha[k] * self->beta[k] / self->scale[t]);
}

static PyObject *Tagger_labels(CrfTagger *self, PyObject *Py_UNUSED(ignored)) {
    return PySequence_List(self->labels);
}

static PyMethodDef Tagger_methods[] = {
    {"tag", (PyCFunction)Tagger_tag, METH_O, "tag(xseq) -> the most probable labels (crfsuite's Viterbi)"},
    {"marginal", (PyCFunction)(void (*)(void))Tagger_marginal, METH_FASTCALL,
     "marginal(label, t) -> P(label at t) for the sequence last tagged"},
    {"tag_flat", (PyCFunction)(void (*)(void))Tagger_tag_flat, METH_FASTCALL,
     "tag_flat(names, ends) -> tag() of the items names[ends[t-1]:ends[t]] (one list, no list per item)"},
    {"tag_rows", (PyCFunction)(void (*)(void))Tagger_tag_rows, METH_FASTCALL,
     "tag_rows(rows, keys, starts, rules, gaz, bos, eos) -> tag() of sahifa.nlp.tagger's features assembled "
     "from its per-word rows and per-rule-tag tuples (tagger._flat's definition)"},
    {"labels", (PyCFunction)Tagger_labels, METH_NOARGS, "the model's labels"},
    {"attributes", (PyCFunction)Tagger_attributes, METH_NOARGS, "the model's attributes: {name (bytes): id}"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject TaggerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "sahifa.nlp._crf.Tagger",
    .tp_basicsize = sizeof(CrfTagger),
    .tp_dealloc = (destructor)Tagger_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A linear-chain CRF tagger over a CRFsuite model's weights (see the module).",
    .tp_methods = Tagger_methods,
    .tp_init = (initproc)Tagger_init,
    .tp_new = PyType_GenericNew,
};

static struct PyModuleDef crf_module = {
    PyModuleDef_HEAD_INIT, "_crf", "CRFsuite's inference over a model's weights, without string conversion.",
    -1, NULL,
};

PyMODINIT_FUNC PyInit__crf(void) {
    if (PyType_Ready(&TaggerType) < 0) return NULL;
    PyObject *m = PyModule_Create(&crf_module);
    if (!m) return NULL;
    Py_INCREF(&TaggerType);
    if (PyModule_AddObject(m, "Tagger", (PyObject *)&TaggerType) < 0) {
        Py_DECREF(&TaggerType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
