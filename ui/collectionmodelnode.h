// SPDX-License-Identifier: MIT
#pragma once

#include "collectionmodel.h"

namespace Reqscope {

/// One row of the tree. Its item is found by its row path in the root's Collection; a node only mirrors the
/// structure, so that QModelIndex pointers stay valid while the Collection's lists move their items around.
struct CollectionModel::Node
{
    Node() = default;
    Node(Node *parentNode, int rowNumber)
        : parent(parentNode)
        , row(rowNumber)
    {
    }

    Node *parent = nullptr; // null: a collection row
    int row = 0;
    bool built = false; // children created (from the Collection's list, on first use)
    bool modified = false;
    std::vector<std::unique_ptr<Node>> children;

    void renumber()
    {
        for (size_t i = 0; i < children.size(); ++i)
            children[i]->row = int(i);
    }
};

/// A collection row: the directory, its Collection value and how loading it went.
struct CollectionModel::Root
{
    Node top;
    QString directory; // empty: the Playground
    Collection collection;
    LoadErrors errors;
    bool readOnly = false;
    bool loading = false;
    bool failed = false; // collection.json could not be read: nothing to show or write
};

} // namespace Reqscope
